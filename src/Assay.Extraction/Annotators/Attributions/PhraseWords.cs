using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

/// <summary>The words of a source phrase, read in place from the article text rather than copied out as strings.</summary>
/// <remarks>Every candidate source is split into words to be judged and classified, most of them once and then
/// dropped; a string per word was most of what the annotator allocated.</remarks>
internal readonly ref struct PhraseWords
{
    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;

    /// <summary>The words of <paramref name="tokens"/>, which point into <paramref name="text"/>.</summary>
    public PhraseWords(string text, ReadOnlySpan<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>Number of words.</summary>
    public int Count => _tokens.Length;

    /// <summary>The characters of word <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => _text.AsSpan(_tokens[index].Start, _tokens[index].Length);
}
