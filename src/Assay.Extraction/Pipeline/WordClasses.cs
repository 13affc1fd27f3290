using System.Runtime.InteropServices;
using Assay.Extraction.Annotators.Attributions;
using Assay.Extraction.Annotators.Events;
using Assay.Extraction.Annotators.Hedges;
using Assay.Extraction.Annotators.Quantities;
using Assay.Extraction.Annotators.Times;

namespace Assay.Extraction.Pipeline;

/// <summary>One table, ignoring case, from a word to the <see cref="WordClass"/> flags of every lexicon it starts an
/// entry of, so that each token is looked up once for all the annotators that scan every token.</summary>
/// <remarks>Before, each of those annotators probed its own lexicon at every token, hashing the same word several
/// times; most words start nothing and are now ruled out by one filter test.</remarks>
internal sealed class WordClasses
{
    private readonly WordMap<WordClass> _map;
    private readonly AsciiWordMap<WordClass> _ascii;
    private readonly WordFilter _filter;
    private readonly WordClass _possessive;

    /// <summary>Builds the table from each flag's words; <paramref name="possessive"/> flags also hold for a word's
    /// possessive ("Monday's").</summary>
    public WordClasses(IEnumerable<(WordClass Class, IEnumerable<string> Words)> lexicons, WordClass possessive = WordClass.None)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (flag, words) in lexicons)
        {
            foreach (var word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | flag;
            }
        }

        _map = new WordMap<WordClass>(classes, StringComparer.OrdinalIgnoreCase);
        _ascii = new AsciiWordMap<WordClass>(classes, static (a, b) => a | b);
        _filter = new WordFilter(classes.Keys);
        _possessive = possessive;
    }

    /// <summary>The classes of the word-granularity tokens (<see cref="AnnotatedDocument.Tokens"/>): the first words of
    /// the attribution, hedge and event lexicons, whatever the token's kind.</summary>
    public static WordClasses Sentence { get; } = new(
    [
        (WordClass.AttributionCue, AttributionAnnotator.CueFirstWords),
        (WordClass.HedgeCue, HedgeAnnotator.CueFirstWords),
        (WordClass.EventTrigger, EventAnnotator.TriggerFirstWords),
    ]);

    /// <summary>The classes of figure tokens (<see cref="AnnotatedDocument.FigureTokens"/>): the words figures in words
    /// and time expressions start with; a time word's possessive starts a time expression too.</summary>
    public static WordClasses Figure { get; } = new(
        [(WordClass.FigureStart, QuantityLexicon.Default.FigureStartWords), (WordClass.TimeStart, TimeLexicon.Default.StartWords)],
        possessive: WordClass.TimeStart);

    /// <summary>The flags of <paramref name="word"/>; <see cref="WordClass.None"/> when it starts nothing.</summary>
    public WordClass Classify(ReadOnlySpan<char> word)
    {
        var found = Lookup(word);
        if (_possessive != WordClass.None && word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '\u2019')
        {
            found |= Lookup(word[..^2]) & _possessive;
        }

        return found;
    }

    // ASCII words, nearly all, are settled by the ASCII table (which also holds every word whose upper case is
    // ASCII); others by the full table.
    private WordClass Lookup(ReadOnlySpan<char> word)
    {
        if (!_filter.MayContain(word))
        {
            return WordClass.None;
        }

        if (_ascii.TryGetValue(word, out var found, out var ascii) || ascii)
        {
            return found;
        }

        _map.TryGetValue(word, out found);
        return found;
    }

    /// <summary>Classifies each of <paramref name="tokens"/> (only words with <paramref name="wordsOnly"/>) into
    /// <paramref name="classes"/>, which is as long.</summary>
    public void Classify(string text, List<Token> tokens, WordClass[] classes, bool wordsOnly)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            var t = span[i];
            classes[i] = wordsOnly && t.Kind != TokenKind.Word ? WordClass.None : Classify(text.AsSpan(t.Start, t.End - t.Start));
        }
    }
}
