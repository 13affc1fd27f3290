using System.Buffers;
using System.Collections.Frozen;
using Assay.Core.Text;
using Assay.Extraction.Lexicons;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Sentences;

/// <summary>Splits each paragraph into sentences; abbreviations, initials and numbers do not split.</summary>
/// <remarks>A sentence never crosses a paragraph. Sentences longer than <see cref="MaxSentenceLength"/>
/// characters are cut at the last space before the cap so that later annotators stay linear.</remarks>
public sealed class SentenceAnnotator : IAnnotator
{
    /// <summary>Longest sentence kept whole, in characters.</summary>
    public const int MaxSentenceLength = 2_000;

    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?");
    private static readonly FrozenSet<string> Abbreviations =
        LexiconFile.Read("abbreviations.tsv").Select(r => r.Fields[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc/>
    public string Name => "sentences";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var paragraphs = document.Article.Paragraphs;
        if (paragraphs.Count == 0 && document.Text.Length > 0)
        {
            Split(document.Text, new TextSpan(0, document.Text.Length), document.Sentences);
            return;
        }

        foreach (var paragraph in paragraphs)
        {
            Split(document.Text, paragraph, document.Sentences);
        }
    }

    private static void Split(string text, TextSpan paragraph, List<TextSpan> sentences)
    {
        var start = SkipSpace(text, paragraph.Start, paragraph.End);
        var i = start;
        while (i < paragraph.End)
        {
            var rel = text.AsSpan(i, paragraph.End - i).IndexOfAny(Terminators);
            if (rel < 0)
            {
                break;
            }

            var at = i + rel;
            var end = at + 1;
            while (end < paragraph.End && (Terminators.Contains(text[end]) || IsClosing(text[end])))
            {
                end++;
            }

            if (IsBoundary(text, start, at, end, paragraph.End))
            {
                Add(text, start, end, sentences);
                start = SkipSpace(text, end, paragraph.End);
            }

            i = end;
        }

        if (start < paragraph.End)
        {
            Add(text, start, paragraph.End, sentences);
        }
    }

    private static bool IsBoundary(string text, int sentenceStart, int at, int end, int limit)
    {
        // The stop must be followed by whitespace and then something that can open a sentence.
        if (end >= limit || !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = SkipSpace(text, end, limit);
        if (next >= limit)
        {
            return true;
        }

        var c = text[next];
        var opens = char.IsUpper(c) || char.IsDigit(c) || IsOpening(c);
        if (!opens)
        {
            return false;
        }

        if (text[at] != '.')
        {
            return true;
        }

        // The word before the stop: an abbreviation or a single initial does not end a sentence.
        var wordStart = at;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && !IsOpening(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, at - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        if (AbbreviationLookup.Contains(word))
        {
            // "the U.S. The next day" is ambiguous; only a following capitalised function word suggests a new sentence.
            return IsSentenceOpener(text, next, limit) && (word is "U.S" or "U.K" or "U.N" or "E.U" or "D.C" or "etc");
        }

        return true;
    }

    private static bool IsSentenceOpener(string text, int at, int limit)
    {
        var end = at;
        while (end < limit && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(at, end - at) switch
        {
            "The" or "A" or "An" or "It" or "He" or "She" or "They" or "We" or "In" or "On" or "But" or "This" or "That" or "Its" or "His" or "Her" or "Their" => true,
            _ => false,
        };
    }

    private static void Add(string text, int start, int end, List<TextSpan> sentences)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceLength)
        {
            var cut = text.AsSpan(start, MaxSentenceLength).LastIndexOf(' ');
            var piece = cut > 0 ? start + cut : start + MaxSentenceLength;
            sentences.Add(new TextSpan(start, piece));
            start = SkipSpace(text, piece, end);
        }

        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }

    private static int SkipSpace(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '*' or '_';

    private static bool IsOpening(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '*' or '_';
}
