using System.Collections.Frozen;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;
using Assay.Extraction.Annotators.Attributions;
using Assay.Extraction.Annotators.Events;
using Assay.Extraction.Annotators.Hedges;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Claims;

public sealed partial class ClaimAnnotator
{
    // The time the figure refers to. Times rank by kind: a time of the event itself, then one naming another thing
    // ("Wednesday's strike"), then the time of the statement ("said on Friday", "last week that"), then a time
    // that dates something else (a relative clause, a deadline belonging to a later figure), then the dateline. A
    // time inside a "since" clause ("since the invasion in February 2022") dates the start, and is never the figure's. Within a rank the one nearest the figure wins, the later
    // one on a tie; a time across a semicolon belongs to another clause and is left out, and so is one outside the
    // clause of the claim's speaker when the sentence gives two speakers a clause each.
    private static int? ChooseTime(AnnotatedDocument d, TextSpan sentence, TextSpan clause, TextSpan? quantity, int point)
    {
        var figure = quantity ?? new TextSpan(point, point);
        int? best = null;
        (int Rank, int Distance, int Before) bestKey = (int.MaxValue, int.MaxValue, int.MaxValue);
        for (var t = d.FirstTimeFrom(sentence.Start); t < d.Times.Count && d.Times[t].Span.Start < sentence.End; t++)
        {
            var time = d.Times[t];
            if (!sentence.Contains(time.Span) || !clause.Contains(time.Span))
            {
                continue;
            }

            var after = time.Span.Start >= figure.End;
            var (from, to) = after ? (figure.End, time.Span.Start) : (time.Span.End, figure.Start);
            var between = from < to ? d.Text.AsSpan(from, to - from) : [];
            if (between.Contains(';') || BelongsToOtherFigure(d, figure, time) || (after && IntroducesSpeech(d.Text, sentence, time)))
            {
                continue;
            }

            var rank = time.Cue == "dateline" ? 4
                : IsDetached(d, sentence, time, figure, after, between) || InSinceClause(d, sentence, time) ? 3
                : IsStatementTime(d.Text, sentence, time) ? 2
                : IsPossessive(time.Text) ? 1
                : 0;
            var key = (rank, to - from, after ? 0 : 1);
            if (key.CompareTo(bestKey) < 0)
            {
                best = t;
                bestKey = key;
            }
        }

        return best;
    }

    // "The Kremlin on Friday rejected reports ..., hours after Seoul's spy agency said ...": a speaker who states a
    // trailing clause in its own right ("+own-clause") speaks from its subject to the end of the sentence, and the
    // speaker before it up to that subject; a time on the other side dates the other speaker's words. Without such a
    // clause the whole sentence is the claim's.
    private static TextSpan SpeakerClause(AnnotatedDocument d, TextSpan sentence, List<AttributionSpan> atts, AttributionSpan? attribution, int point)
    {
        if (attribution is not null && IsOwnClause(d, sentence, attribution))
        {
            return new TextSpan(attribution.Scope.Start, sentence.End);
        }

        var end = sentence.End;
        foreach (var a in atts)
        {
            if (IsOwnClause(d, sentence, a) && a.Scope.Start > point && a.Scope.Start < end)
            {
                end = a.Scope.Start;
            }
        }

        return new TextSpan(sentence.Start, end);
    }

    // "since 2022, when commentators floated the idea", "a report from June 2024, when media, citing an official,
    // said": a clause opened by "when" is dated by the time it follows.
    private static bool IsOwnClause(AnnotatedDocument d, TextSpan sentence, AttributionSpan a)
    {
        if (!a.CueName.Contains("+own-clause", StringComparison.Ordinal))
        {
            return false;
        }

        var before = d.Text.AsSpan(sentence.Start, Math.Max(0, Math.Min(a.Scope.Start, a.SourceSpan.Start) - sentence.Start));
        var when = AsciiText.LastIndexOfIgnoreCase(before, ", when ");
        return when < 0 || before[when..].Contains(';');
    }

    // "a force of 11,000 today could mean 30,000": a time right after another figure is that figure's.
    private static bool BelongsToOtherFigure(AnnotatedDocument d, TextSpan figure, TimeRef time)
    {
        // Quantities are in text order: none after one starting past the time can end before it, and none starting
        // further back than the longest quantity can end within two characters of it.
        var quantities = d.Quantities;
        for (var i = d.FirstQuantityFrom(time.Span.Start - 2 - d.LongestQuantity); i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Span.Start > time.Span.Start)
            {
                return false;
            }

            if (q.Span != figure && q.Span.End <= time.Span.Start && time.Span.Start - q.Span.End <= 2
                && d.Text.AsSpan(q.Span.End, time.Span.Start - q.Span.End).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    // "Zelensky said in January that nearly 4,000...": such a time governs the reported words after it only.
    private static bool IntroducesSpeech(string text, TextSpan sentence, TimeRef time) =>
        text.AsSpan(time.Span.End, sentence.End - time.Span.End).StartsWith(" that ", StringComparison.Ordinal)
        && IsStatementTime(text, sentence, time);

    private static readonly string[] ClauseOpeners = [", where ", ", which ", ", who ", ", when ", ", whose "];

    // A time that dates something other than the figure.
    private static bool IsDetached(AnnotatedDocument d, TextSpan sentence, TimeRef time, TextSpan figure, bool after, ReadOnlySpan<char> between)
    {
        // "..., the agency said Thursday, more than triple its estimate in April": past the attribution a point in
        // time dates something else (a span, "citing an estimate from earlier this year", still measures the count).
        // Only a point in time is detached this way. Times are in text order, so only those starting in the gap
        // between the figure and the time are visited.
        if (time.Relation == TimeRelation.At)
        {
            var (gapStart, gapEnd) = after ? (figure.End, time.Span.Start) : (time.Span.End, figure.Start);
            for (var t = d.FirstTimeFrom(gapStart); t < d.Times.Count && d.Times[t].Span.Start <= gapEnd; t++)
            {
                var other = d.Times[t];
                if (other.Span.End <= gapEnd && other.Cue != "dateline" && IsStatementTime(d.Text, sentence, other))
                {
                    return true;
                }
            }
        }

        if (after)
        {
            // Every opener starts with ", ": a gap without one is settled by one search.
            if (between.Contains(", ", StringComparison.Ordinal))
            {
                foreach (var opener in ClauseOpeners)
                {
                    if (between.Contains(opener, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            // "3,000 so far, and ... expected to reach 10,000 by December": the deadline is the later figure's.
            if (time.Relation == TimeRelation.By && between.Contains(", ", StringComparison.Ordinal) && OtherFigureBetween(d, figure, figure.End, time.Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    // "since Russia's full-scale invasion in February 2022", "since the troops entered combat in December": the time
    // dates the start of what "since" opens, never the count, so it is no candidate for the figure's time.
    private static bool InSinceClause(AnnotatedDocument d, TextSpan sentence, TimeRef time)
    {
        if (time.Relation != TimeRelation.At)
        {
            return false;
        }

        var lookBack = Math.Max(sentence.Start, time.Span.Start - 80);
        var before = d.Text.AsSpan(lookBack, time.Span.Start - lookBack);
        var since = AsciiText.LastIndexOfIgnoreCase(before, " since ");
        return since >= 0 && before[since..].IndexOfAny(",;:") < 0 && before[(since + 7)..].Trim().Length > 0;
    }

    private static readonly WordSet StatementWords = new(
        ["said", "says", "say", "told", "announced", "reported", "stated", "added", "wrote", "noted", "confirmed", "claimed"],
        StringComparer.OrdinalIgnoreCase);

    private static bool OtherFigureBetween(AnnotatedDocument d, TextSpan figure, int from, int to)
    {
        // Quantities are in text order: none before the first starting at the start lies inside, and none after one
        // starting past the end.
        var quantities = d.Quantities;
        for (var i = d.FirstQuantityFrom(from); i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Span.Start > to)
            {
                return false;
            }

            if (q.Span != figure && q.Span.Start >= from && q.Span.End <= to)
            {
                return true;
            }
        }

        return false;
    }

    // "said on Friday", "told reporters Tuesday", "a claim last week that": when the words were spoken, not when
    // the counted thing happened.
    private static bool IsStatementTime(string text, TextSpan sentence, TimeRef time)
    {
        if (text.AsSpan(time.Span.End, sentence.End - time.Span.End).StartsWith(" that ", StringComparison.Ordinal))
        {
            return true;
        }

        var before = text.AsSpan(sentence.Start, time.Span.Start - sentence.Start).TrimEnd();
        if (before.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }

        var words = 0;
        while (before.Length > 0 && words < 2)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..].TrimEnd(",;:");
            if (StatementWords.Contains(word))
            {
                return true;
            }

            before = space < 0 ? [] : before[..space].TrimEnd();
            words++;
        }

        return false;
    }

    private static bool IsPossessive(string text) => text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal);
}
