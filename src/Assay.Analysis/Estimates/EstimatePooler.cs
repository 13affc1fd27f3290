namespace Assay.Analysis.Estimates;

/// <summary>Pools like-for-like estimates into a weighted mixture and summarises it.</summary>
internal static class EstimatePooler
{
    private const double P10 = 0.10;
    private const double P50 = 0.50;
    private const double P90 = 0.90;

    public static PoolResult Pool(IEnumerable<EstimatePoint> points, PoolingOptions options)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.HalfLifeDays);

        var groups = points
            .GroupBy(LikeKey.Of)
            .OrderBy(g => g.Key.Subject, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Scope, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Status)
            .Select(g => PoolGroup(g.Key, [.. g], options))
            .ToList();
        return groups.Count == 0 ? PoolResult.Empty : new PoolResult(groups);
    }

    private static PooledEstimate PoolGroup(LikeKey key, List<EstimatePoint> points, PoolingOptions options)
    {
        var reference = options.ReferenceDate ?? points.Max(p => p.AsOf);
        // An origin that revised its figure no longer stands behind the old one, so it must not vote twice.
        var latestByOrigin = points
            .GroupBy(p => p.OriginId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(p => p.AsOf), StringComparer.Ordinal);
        var weighted = new List<WeightedEstimate>(points.Count);
        var components = new List<(double Weight, IEstimateDistribution Distribution)>();
        foreach (var point in points)
        {
            var (low, high) = DistributionFactory.SupportOf(point, options);
            var estimate = new WeightedEstimate(
                point,
                ReliabilityGrades.Weight(point.Reliability),
                point.Independence,
                Recency(point.AsOf, reference, options.HalfLifeDays),
                low,
                high,
                options.LatestPerOrigin && point.AsOf < latestByOrigin[point.OriginId]);
            weighted.Add(estimate);
            if (estimate.Weight > 0)
            {
                components.Add((estimate.Weight, DistributionFactory.Create(point, options)));
            }
        }

        var (linear, averaged) = components.Count == 0 ? (null, null) : Summarise(components);
        var current = weighted.Where(e => !e.Superseded).Select(e => e.Point).ToList();
        return new PooledEstimate(
            key,
            reference,
            weighted,
            RawLow: current.Min(p => p.Low ?? p.High!.Value),
            RawHigh: current.Max(p => p.High ?? p.Low!.Value),
            OpenBelow: current.Any(p => p.Low is null),
            OpenAbove: current.Any(p => p.High is null),
            linear,
            averaged);
    }

    /// <summary>2^(−Δt / half-life), i.e. e^(−Δt/τ) with τ = half-life / ln 2; figures dated after the reference count fully.</summary>
    internal static double Recency(DateOnly asOf, DateOnly reference, double halfLifeDays)
    {
        var ageDays = Math.Max(0, reference.DayNumber - asOf.DayNumber);
        return Math.Pow(2, -ageDays / halfLifeDays);
    }

    private static (PooledRange? Linear, PooledRange? Averaged) Summarise(
        List<(double Weight, IEstimateDistribution Distribution)> components)
    {
        var total = components.Sum(c => c.Weight);
        var lower = components.Min(c => c.Distribution.LowerBracket);
        var upper = components.Max(c => c.Distribution.UpperBracket);

        double MixtureCdf(double x)
        {
            var sum = 0.0;
            foreach (var (weight, distribution) in components)
            {
                sum += weight * distribution.Cdf(x);
            }

            return sum / total;
        }

        double LinearQuantile(double p) => Quantiles.Find(MixtureCdf, lower, upper, p);

        double AveragedQuantile(double p) =>
            components.Sum(c => c.Weight * Quantiles.Find(c.Distribution, p)) / total;

        return (
            new PooledRange(LinearQuantile(P10), LinearQuantile(P50), LinearQuantile(P90)),
            new PooledRange(AveragedQuantile(P10), AveragedQuantile(P50), AveragedQuantile(P90)));
    }
}
