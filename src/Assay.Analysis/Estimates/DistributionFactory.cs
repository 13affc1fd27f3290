using Assay.Core.Quantities;

namespace Assay.Analysis.Estimates;

/// <summary>Turns one estimate point into the distribution it contributes to the pool.</summary>
internal static class DistributionFactory
{
    public static IEstimateDistribution Create(EstimatePoint point, PoolingOptions options)
    {
        var (low, high) = SupportOf(point, options);
        return options.Shape switch
        {
            RangeShape.Lognormal => LognormalDistribution.FromRange(low, high),
            RangeShape.Uniform => new UniformDistribution(low, high),
            RangeShape.Triangular => new TriangularDistribution(low, (low + high) / 2, high),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Shape, "Unknown range shape."),
        };
    }

    /// <summary>The [low, high] the point stands for: stated, widened around a single figure, or closed at an open end.</summary>
    internal static (double Low, double High) SupportOf(EstimatePoint point, PoolingOptions options)
    {
        switch (point.Low, point.High)
        {
            case ({ } l, { } h) when h > l:
                return (l, h);
            case ({ } x, { }):
                var spread = point.Qualifier is QuantityQualifier.Approximate or QuantityQualifier.Vague
                    ? options.ApproximateSpread
                    : options.ExactSpread;
                // Log-symmetric for the lognormal keeps its median on the figure; arithmetic for the others.
                return options.Shape == RangeShape.Lognormal
                    ? (x / (1 + spread), x * (1 + spread))
                    : (x * (1 - spread), x * (1 + spread));
            case ({ } l, null):
                return (l, l * (1 + options.OpenTailFactor));
            case (null, { } h):
                return (h / (1 + options.OpenTailFactor), h);
            default:
                throw new ArgumentException("An estimate needs at least one bound.", nameof(point));
        }
    }
}
