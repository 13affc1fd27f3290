namespace Assay.Analysis.Estimates;

/// <summary>Pooled ranges, one per like-for-like group (subject, scope, status), in a stable order.</summary>
public sealed record PoolResult(IReadOnlyList<PooledEstimate> Groups)
{
    /// <summary>The result for no input.</summary>
    public static PoolResult Empty { get; } = new([]);

    /// <summary>True when there was nothing to pool.</summary>
    public bool IsEmpty => Groups.Count == 0;

    /// <summary>The group for a subject, scope and status, or null when none was given.</summary>
    public PooledEstimate? Find(string subject, string scope, EstimateStatus status)
    {
        var key = new LikeKey(LikeKey.Normalise(subject), LikeKey.Normalise(scope), status);
        return Groups.FirstOrDefault(g => g.Key == key);
    }
}
