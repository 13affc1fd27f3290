namespace Assay.Analysis.Estimates;

/// <summary>Estimate series: revisions by one origin, and the pooled best-supported range (method in docs/estimates.md).</summary>
public static class EstimateAnalysis
{
    /// <summary>One origin's figures for one subject, oldest first, each marked against its last like-for-like figure.</summary>
    public static EstimateSeries Revisions(IEnumerable<EstimatePoint> points, string originId, string subject) =>
        RevisionDetector.Detect(points, originId, subject);

    /// <summary>Pools the estimates, like with like only, into a median and 80% interval per subject, scope and status.</summary>
    public static PoolResult Pool(IEnumerable<EstimatePoint> points, PoolingOptions? options = null) =>
        EstimatePooler.Pool(points, options ?? PoolingOptions.Default);
}
