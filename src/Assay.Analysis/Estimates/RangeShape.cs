namespace Assay.Analysis.Estimates;

/// <summary>The distribution a stated range [low, high] becomes before pooling.</summary>
public enum RangeShape
{
    /// <summary>Lognormal with low and high as its 5th and 95th percentiles (the reference method).</summary>
    Lognormal,

    /// <summary>Every value in [low, high] equally likely, nothing outside.</summary>
    Uniform,

    /// <summary>Triangular over [low, high] peaking at the midpoint.</summary>
    Triangular,
}
