using Assay.Core.Claims;
using Assay.Core.Time;

namespace Assay.Analysis.Story;

/// <summary>A claim prepared for grouping: its subject, origin, role, date and figure interval.</summary>
internal sealed record StoryItem(int Index, StoryClaim Source, Subject Subject, Origin Origin, ClaimRole Role, DateOnly? AsOf, bool Speculative)
{
    /// <summary>The figure widened by its tolerance, for comparison; null when the claim has no figure.</summary>
    public (double Low, double High)? Interval { get; init; }

    /// <summary>Topic: event, subject, whether it counts an addition, and whether it speaks of the future.</summary>
    public (EventType Event, string Subject, bool Increment, bool Speculative) Topic => (Source.Claim.Event, Subject.Key, Subject.Increment, Speculative);

    /// <summary>Prepares a claim.</summary>
    public static StoryItem Create(int index, StoryClaim claim, OriginResolver origins, StoryOptions options)
    {
        var c = claim.Claim;
        var subject = SubjectNormaliser.Default.Of(claim);
        // "X has not acknowledged …", "Neither X nor Y has confirmed …": the extractor credits X with a negated cue.
        var role = c.Stance is Stance.Denied or Stance.Refuted ? ClaimRole.Contradicts
            : c.Stance != Stance.Confirmed && c.HasCue("attrib:not:") ? ClaimRole.Withholds
            : ClaimRole.Supports;
        var asOf = DateOf(claim);
        var future = claim.Time is { Relation: TimeRelation.By } && asOf is { } a && claim.Published is { } p && a > p;
        // "has decided to send a total of 12,000": the decision is a fact, its figure a plan.
        var planned = c.HasCue(DecidedCue);
        return new StoryItem(index, claim, subject, origins.Resolve(claim), role, asOf, c.Stance == Stance.Speculated || future || planned)
        {
            Interval = Widen(claim, options),
        };
    }

    // The cue of a decision about what is to be done (hedges.tsv).
    private const string DecidedCue = "projection:decided-to";

    /// <summary>The date the claim speaks of: the day or month it names when it says "at" that date (a month counts from
    /// its first day), or a future date it says "by"; else its publication date. "Since June" (or a date inside a "since"
    /// clause) dates the start of something, not the figure, and a date after publication that is not a projection is read as a misreading and ignored.</summary>
    internal static DateOnly? DateOf(StoryClaim claim)
    {
        // A year alone ("in 2024") is too coarse to date a figure: its first day would move it months back.
        // "about 4,700 since the troops entered combat in December": December dates the start, as "since December" does.
        if (claim.Time is { Granularity: not TimeGranularity.Year } time && TryParse(time.Value, out var date)
            && !claim.Claim.Cues.Contains(Extraction.Annotators.Claims.ClaimAnnotator.SinceClauseCue))
        {
            var future = claim.Published is { } published && date > published;
            if ((time.Relation == TimeRelation.At && !future) || (time.Relation == TimeRelation.By && future))
            {
                return date;
            }
        }

        return claim.Published;
    }

    private static bool TryParse(string value, out DateOnly date)
    {
        date = default;
        var parts = value.Split('-');
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], out var year) || year is < 1900 or > 2200)
        {
            return false;
        }

        var month = parts.Length > 1 && int.TryParse(parts[1], out var m) && m is >= 1 and <= 12 ? m : 1;
        var day = parts.Length > 2 && int.TryParse(parts[2], out var d) && d >= 1 && d <= DateTime.DaysInMonth(year, month) ? d : 1;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static (double, double)? Widen(StoryClaim claim, StoryOptions options)
    {
        if (claim.Quantity is not { } q)
        {
            return null;
        }

        var tolerance = q.Qualifier is Core.Quantities.QuantityQualifier.Exact or Core.Quantities.QuantityQualifier.Range
            ? options.ExactTolerance
            : options.ApproximateTolerance;
        return (q.Low, q.High) switch
        {
            ({ } l, { } h) => (l * (1 - tolerance), h * (1 + tolerance)),
            ({ } l, null) => (l, l * (1 + options.OpenTailFactor)),
            (null, { } h) => (h / (1 + options.OpenTailFactor), h),
            _ => null,
        };
    }
}
