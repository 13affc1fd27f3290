using Assay.Core.Quantities;

namespace Assay.Analysis.Estimates;

/// <summary>One figure for a counted subject, as given by one origin on one date, with its weight inputs.</summary>
/// <remarks>
/// A range stays a range: <see cref="Low"/> and <see cref="High"/> follow <see cref="Quantity"/>. Both equal
/// for a single figure; a null <see cref="High"/> is an open upper bound ("more than 10,000"), a null
/// <see cref="Low"/> an open lower bound ("up to 12,000"). <see cref="Independence"/> is in (0, 1]: 1 for a
/// root origin standing alone, 1/n when n reports share one root.
/// </remarks>
public sealed record EstimatePoint
{
    /// <summary>Creates an estimate point; throws on reversed or missing bounds, or weights out of range (caller bugs).</summary>
    public EstimatePoint(
        DateOnly asOf,
        string originId,
        string subject,
        double? low,
        double? high,
        QuantityQualifier qualifier,
        EstimateStatus status,
        ReliabilityGrade reliability)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(originId);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (low is null && high is null)
        {
            throw new ArgumentException("An estimate needs at least one bound.", nameof(low));
        }

        if (low is { } l && high is { } h && h < l)
        {
            throw new ArgumentException($"High bound {h} is below low bound {l}.", nameof(high));
        }

        if (low is <= 0 || high is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(low), "Counts pooled here must be positive.");
        }

        AsOf = asOf;
        OriginId = originId;
        Subject = subject;
        Low = low;
        High = high;
        Qualifier = qualifier;
        Status = status;
        Reliability = reliability;
    }

    /// <summary>The date the figure describes (or, failing that, the date it was published).</summary>
    public DateOnly AsOf { get; }

    /// <summary>Stable id of the root origin (the agency or outlet the figure comes from).</summary>
    public string OriginId { get; }

    /// <summary>Display name of the origin ("South Korea's NIS"); the id when not set.</summary>
    public string? OriginName { get; init; }

    /// <summary>The counted subject, normalised ("north korean troops in russia").</summary>
    public string Subject { get; }

    /// <summary>Lower bound, or null when none was stated.</summary>
    public double? Low { get; }

    /// <summary>Upper bound, or null when none was stated.</summary>
    public double? High { get; }

    /// <summary>How the figure was qualified (exact, about, more than, a range…).</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>Observed count, assessment or projection.</summary>
    public EstimateStatus Status { get; }

    /// <summary>Where the count applies ("in Russia", "in Kursk"); empty when unstated.</summary>
    public string Scope { get; init; } = "";

    /// <summary>Admiralty reliability of the origin.</summary>
    public ReliabilityGrade Reliability { get; }

    /// <summary>Independence weight in (0, 1]; 1 unless the figure shares its root with other reports.</summary>
    public double Independence
    {
        get;
        init
        {
            if (!(value > 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Independence must be in (0, 1].");
            }

            field = value;
        }
    } = 1.0;

    /// <summary>Free reference back to the claim or sentence the figure came from.</summary>
    public string? Reference { get; init; }
}
