namespace Assay.Analysis.Estimates;

/// <summary>All figures one origin gave for one subject, oldest first, each marked against its predecessor.</summary>
public sealed record EstimateSeries(string OriginId, string Subject, IReadOnlyList<EstimateRevision> Steps)
{
    /// <summary>Only the steps that changed the figure.</summary>
    public IEnumerable<EstimateRevision> Revisions => Steps.Where(s => s.IsRevision);

    /// <summary>True when the origin gave no figure for the subject.</summary>
    public bool IsEmpty => Steps.Count == 0;
}
