namespace Assay.Analysis.Estimates;

/// <summary>One step of an origin's series: the figure, the one it revises (if any) and the direction of change.</summary>
public readonly record struct EstimateRevision(EstimatePoint Point, EstimatePoint? Previous, RevisionDirection Direction)
{
    /// <summary>True when the figure differs from the previous like-for-like one.</summary>
    public bool IsRevision => Direction is not (RevisionDirection.First or RevisionDirection.Unchanged);
}
