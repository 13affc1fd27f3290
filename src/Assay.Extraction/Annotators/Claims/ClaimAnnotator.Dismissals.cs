using System.Collections.Frozen;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Attributions;
using Assay.Extraction.Annotators.Hedges;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Claims;

public sealed partial class ClaimAnnotator
{
    // How many words after a word of scorn ("so-called", "reckless") it still qualifies: "the reckless 'troop
    // dispatch' story" reaches its noun in three.
    private const int ScornReach = 3;

    // Nouns that name a report rather than an event: scorn for them is scorn for what they tell.
    private static readonly FrozenSet<string> ReportNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "story", "stories", "claim", "claims", "report", "reports", "rumour", "rumours", "rumor", "rumors", "allegation",
        "allegations", "accusation", "accusations", "narrative");

    private static readonly WordSet ReportNounLookup = new(ReportNouns);

    // Words that end the noun phrase a word of scorn qualifies: "reckless sailors were sent" scorns the sailors.
    private static readonly WordSet PhraseEnds = new(FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "that", "which", "who"));

    /// <summary>Whether a stance cue counts for the claim anchored at <paramref name="anchor"/>.</summary>
    /// <remarks>A word of scorn ("the so-called dispatch", "the reckless story") denies only what it qualifies: the
    /// claim's own event or figure, or a report noun, within a few words after it. "Russia's reckless strikes" deny
    /// nothing. Every other cue counts for the whole sentence.</remarks>
    private static bool Counts(AnnotatedDocument d, HedgeSpan hedge, TextSpan? anchor)
    {
        // "This is another fake," ... asked about the claims: the answer denies what it was asked about, not a figure
        // standing before it in the sentence.
        if (hedge.CueName == "dismiss:fake")
        {
            return anchor is not { } before || before.Start >= hedge.Span.Start;
        }

        if (!hedge.CueName.StartsWith("scorn:", StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = d.Tokens;
        var range = d.SentenceTokens(hedge.Sentence);
        var words = 0;
        for (var k = range.Start.Value; k < range.End.Value && words < ScornReach; k++)
        {
            var t = tokens[k];
            if (t.Start < hedge.Span.End)
            {
                continue;
            }

            if (t.Kind == TokenKind.Punctuation && !IsQuote(d.Text[t.Start]))
            {
                return false;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (PhraseEnds.Contains(t.Chars(d.Text)))
            {
                return false;
            }

            words++;
            if ((anchor is { } a && t.Start < a.End && a.Start < t.End) || ReportNounLookup.Contains(t.Chars(d.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the sentence holds a stance cue that counts somewhere in it; a word of scorn with no report noun after
    // it ("a reckless driver") sets none.
    private static bool HasStance(AnnotatedDocument d, List<HedgeSpan> hedges)
    {
        foreach (var h in hedges)
        {
            if (h.Stance is not null && (!h.CueName.StartsWith("scorn:", StringComparison.Ordinal) || Counts(d, h, null)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuote(char c) => c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    // A denial that names no denial verb ("spreading groundless rumours", "nothing but a fabrication", "the so-called
    // dispatch") outranks the report it dismisses: "the story being spread by X" is X's report, and the sentence
    // denies it.
    private static bool Dismisses(AnnotatedDocument d, List<HedgeSpan> hedges, TextSpan? anchor)
    {
        foreach (var h in hedges)
        {
            if (h.Stance == Stance.Denied && Counts(d, h, anchor))
            {
                return true;
            }
        }

        return false;
    }

    // The party that dismisses a report credited in the sentence is not the one the report is credited to: the speaker
    // whose words hold it ("A spokesperson gave the following answer ... regarding the story being spread by X"), or,
    // with none, whoever the sentence would credit without it.
    private static AttributionSpan? Dismisser(List<AttributionSpan> atts, AttributionSpan dismissed)
    {
        AttributionSpan? best = null;
        foreach (var a in atts)
        {
            if (!ReferenceEquals(a, dismissed) && a.Stance is not Stance.Reported && a.SourceType is not SourceType.Media
                && a.Scope.Contains(dismissed.Scope) && (best is null || a.Scope.Length < best.Scope.Length))
            {
                best = a;
            }
        }

        return best;
    }
}
