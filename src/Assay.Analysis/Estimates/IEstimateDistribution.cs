namespace Assay.Analysis.Estimates;

/// <summary>A continuous distribution over a count, enough to pool: its CDF and a bracket holding nearly all its mass.</summary>
internal interface IEstimateDistribution
{
    double Cdf(double x);

    /// <summary>A value with CDF (practically) 0.</summary>
    double LowerBracket { get; }

    /// <summary>A value with CDF (practically) 1.</summary>
    double UpperBracket { get; }
}
