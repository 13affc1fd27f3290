namespace Assay.Analysis.Estimates;

/// <summary>A pooled distribution summarised: its median and its 80% interval (10th to 90th percentile).</summary>
public readonly record struct PooledRange(double P10, double Median, double P90);
