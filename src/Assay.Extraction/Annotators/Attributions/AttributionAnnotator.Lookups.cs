using System.Runtime.InteropServices;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

// Reading the document's lists (tokens, mentions, quantities, times) from where the current sentence starts, and the
// name strings each thread keeps from article to article.
public sealed partial class AttributionAnnotator
{
    // Mentions are in text order (see ActorAnnotator), so the scan moves on from the sentence's first (<paramref
    // name="from"/>) to the first that can be inside the span, and stops past it. The mentions found are nearly
    // always a run of the document's own list, handed out in place; only when one of them runs past the span's end
    // are the others copied.
    private static ReadOnlySpan<Mention> MentionsIn(AnnotatedDocument d, TextSpan span, int from)
    {
        var mentions = CollectionsMarshal.AsSpan(d.Mentions);
        var lo = from;
        while (lo < mentions.Length && mentions[lo].Span.Start < span.Start)
        {
            lo++;
        }

        var end = lo;
        var inside = true;
        while (end < mentions.Length && mentions[end].Span.Start <= span.End)
        {
            inside &= span.Contains(mentions[end].Span);
            end++;
        }

        if (inside)
        {
            return mentions[lo..end];
        }

        var result = new List<Mention>();
        foreach (var m in mentions[lo..end])
        {
            if (span.Contains(m.Span))
            {
                result.Add(m);
            }
        }

        return CollectionsMarshal.AsSpan(result);
    }

    private static PhraseWords WordsOf(AnnotatedDocument d, Phrase p) => new(d.Text, TokenSpan(d)[p.First..p.End]);

    // The document keeps its tokens in a list: read as a span, they cost no interface call per token.
    private static ReadOnlySpan<Token> TokenSpan(AnnotatedDocument d) =>
        d.Tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : d.Tokens.ToArray();

    private static ReadOnlySpan<char> SpanText(AnnotatedDocument d, TextSpan span) => d.Text.AsSpan(span.Start, span.Length);

    private static bool OverlapsMention(AnnotatedDocument d, TextSpan span) => d.FirstMentionOverlapping(span) is not null;

    private static bool QuantityStartsAt(AnnotatedDocument d, int offset)
    {
        var first = d.FirstQuantityFrom(offset);
        return first < d.Quantities.Count && d.Quantities[first].Span.Start == offset;
    }

    // "verb:said+citing", "not:verb:confirmed": a cue name with a mark of how it was resolved, made as a string once
    // per thread (see NameOf), as the same few marks go on the same few names.
    private static string Suffixed(string name, string suffix)
    {
        var length = name.Length + suffix.Length;
        Span<char> chars = length <= 128 ? stackalloc char[128] : new char[length];
        name.CopyTo(chars);
        suffix.CopyTo(chars[name.Length..]);
        return NameOf(chars[..length]);
    }

    // Source names repeat from article to article ("Regional experts", "Satellite imagery analysts"): a few hundred
    // distinct names make thousands of attributions, so the same string is handed out again while the thread's table
    // of recent strings holds it.
    private static string NameOf(ReadOnlySpan<char> chars) => RecentStrings.Get(chars);

    // The first mention, quantity and time of the document that do not start before the sentence: every span the
    // annotator looks up lies in the sentence, and the lists are in text order, so a scan for one starts there.
    // Annotate moves them on sentence by sentence, instead of a search by halves for every lookup.
    private readonly record struct FirstIndexes(int Mention, int Quantity, int Time)
    {
        public FirstIndexes MovedTo(AnnotatedDocument d, TextSpan sentence)
        {
            var (mention, quantity, time) = (Mention, Quantity, Time);
            while (mention < d.Mentions.Count && d.Mentions[mention].Span.Start < sentence.Start)
            {
                mention++;
            }

            while (quantity < d.Quantities.Count && d.Quantities[quantity].Span.Start < sentence.Start)
            {
                quantity++;
            }

            while (time < d.Times.Count && d.Times[time].Span.Start < sentence.Start)
            {
                time++;
            }

            return new FirstIndexes(mention, quantity, time);
        }
    }
}
