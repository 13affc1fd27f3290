using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>Resolves a body named without its state ("the Defence Ministry", "the General Staff") to that body of the
/// one state the text before it speaks of.</summary>
/// <remarks>A body named in full earlier in the article that goes by the bare name is the one meant. Otherwise the state is
/// the nearest one named, directly or through an actor of its, in the sentence or the two before it ("Kremlin spokesman
/// Dmitry Peskov ... referred questions to the Defence Ministry": Russia's); a demonym ("Russian losses") describes the
/// subject and is passed over. Where that nearest
/// state is named jointly with another ("Russia and North Korea have not ..."), or has no body by that name, the name
/// stays unresolved: a body is one state's, never two states' at once.</remarks>
internal static class BodyResolver
{
    // The longest body name held, in words ("National Security and Defence Council").
    private const int MaxWords = 5;

    // How many sentences before its own the state of a bare body name is looked for.
    private const int SentenceReach = 2;

    // How many mentions back a body named in full is looked for: far more than any article holds, so that one endless
    // text is not walked from the start for every bare name in it.
    private const int MaxLookBack = 2_000;

    /// <summary>Adds a mention for each bare body name the context resolves, in place of an unknown candidate for
    /// the same words; keeps <see cref="AnnotatedDocument.Mentions"/> in text order.</summary>
    public static void ResolveAll(AnnotatedDocument document, ActorLexicon lexicon, ReadOnlySpan<ActorToken> tokens)
    {
        var text = document.Text;
        var added = false;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var the = tokens[i];
            if (!the.IsWord || !text.AsSpan(the.Start, the.Length).Equals("the", StringComparison.OrdinalIgnoreCase)
                || !tokens[i + 1].IsWord || tokens[i + 1].Gap != 1 || !char.IsUpper(text[tokens[i + 1].Start])
                || !lexicon.StartsBodyForm(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length)))
            {
                continue;
            }

            var end = LongestBodyName(text, lexicon, tokens, i + 1);
            if (end < 0)
            {
                continue;
            }

            var span = new TextSpan(the.Start, tokens[end - 1].End);
            var form = text[tokens[i + 1].Start..span.End];
            if (Replaceable(document, span) is not { } at
                || (NamedBefore(document, lexicon, form, span.Start) ?? (SingleStateBefore(document, span.Start) is { } state ? lexicon.BodyOf(state, form) : null)) is not { } body)
            {
                continue;
            }

            var mention = new Mention(span, text[span.Start..span.End], body.Id, body.Name, body.Kind, body.Country, "context:" + form);
            if (at.Replace)
            {
                document.Mentions[at.Index] = mention;
            }
            else
            {
                document.Mentions.Add(mention);
                added = true;
            }

            i = end - 1;
        }

        if (added)
        {
            document.Mentions.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }
    }

    // The token end of the longest body name starting at token first, or -1; a capitalised word right after it makes
    // it part of a longer name ("the General Staff Academy").
    private static int LongestBodyName(string text, ActorLexicon lexicon, ReadOnlySpan<ActorToken> tokens, int first)
    {
        for (var end = Math.Min(tokens.Length, first + MaxWords); end > first; end--)
        {
            if (!tokens[end - 1].IsWord || !lexicon.IsBodyForm(text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start)))
            {
                continue;
            }

            var longer = end < tokens.Length && tokens[end].IsWord && tokens[end].Gap == 1 && char.IsUpper(text[tokens[end].Start]);
            return longer ? -1 : end;
        }

        return -1;
    }

    // Where the resolved mention goes: in place of an unknown candidate inside the span, or added when no mention
    // overlaps it; null when a known actor already holds the words.
    private static (int Index, bool Replace)? Replaceable(AnnotatedDocument document, TextSpan span)
    {
        var mentions = document.Mentions;
        var from = Math.Max(0, document.FirstMentionFrom(span.Start) - 1);
        (int, bool)? found = (-1, false);
        for (var k = from; k < mentions.Count && mentions[k].Span.Start < span.End; k++)
        {
            var m = mentions[k];
            if (!m.Span.Overlaps(span))
            {
                continue;
            }

            if (m.Kind != ActorKind.Unknown || !span.Contains(m.Span) || found is { Item1: >= 0 })
            {
                return null;
            }

            found = (k, true);
        }

        return found;
    }

    // "the General Staff of the Armed Forces of Ukraine ... the General Staff said": a body named in full earlier in the
    // article that goes by the bare name is the one it refers back to.
    private static Actor? NamedBefore(AnnotatedDocument document, ActorLexicon lexicon, string form, int offset)
    {
        var mentions = document.Mentions;
        var last = document.FirstMentionFrom(offset) - 1;
        for (var k = last; k >= 0 && k > last - MaxLookBack; k--)
        {
            var m = mentions[k];
            if (m.Kind == ActorKind.Organisation && m.Country is { } country && m.Span.End <= offset
                && lexicon.BodyOf(country, form) is { } body && body.Id == m.ActorId)
            {
                return body;
            }
        }

        return null;
    }

    /// <summary>The one state the text just before <paramref name="offset"/> speaks of: the country of the nearest
    /// state, organisation or person named in its sentence or the two before; null when there is none, or when that
    /// state is named jointly with another ("Russia and North Korea").</summary>
    internal static string? SingleStateBefore(AnnotatedDocument document, int offset)
    {
        var sentence = document.SentenceIndexAt(offset);
        var from = sentence < 0 ? 0 : document.Sentences[Math.Max(0, sentence - SentenceReach)].Start;
        var mentions = document.Mentions;
        for (var k = document.FirstMentionFrom(offset) - 1; k >= 0 && mentions[k].Span.Start >= from; k--)
        {
            var m = mentions[k];
            // A demonym describes what the text is about ("Russian losses"), not whose body speaks.
            if (m.Country is not { } country || m.Span.End > offset || m.Kind is ActorKind.Media or ActorKind.Alliance
                || m.Cue.StartsWith("demonym:", StringComparison.Ordinal))
            {
                continue;
            }

            return k > 0 && JoinedWithOtherState(document.Text, mentions[k - 1], m) ? null : country;
        }

        return null;
    }

    // "Russia and North Korea", "Moscow, Pyongyang": two states named as one subject.
    private static bool JoinedWithOtherState(string text, Mention before, Mention m)
    {
        if (before.Country is not { } other || other == m.Country || before.Span.End > m.Span.Start)
        {
            return false;
        }

        var between = text.AsSpan(before.Span.End, m.Span.Start - before.Span.End).Trim();
        return between is "and" or "or" or "," or "&" or ", and" or "nor";
    }
}
