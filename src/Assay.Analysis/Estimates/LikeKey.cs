namespace Assay.Analysis.Estimates;

/// <summary>What makes two estimates comparable: the same subject, scope and status.</summary>
/// <remarks>Subject and scope are compared after trimming and lower-casing (invariant culture).</remarks>
public readonly record struct LikeKey(string Subject, string Scope, EstimateStatus Status)
{
    /// <summary>The key of a point, normalised.</summary>
    public static LikeKey Of(EstimatePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new(Normalise(point.Subject), Normalise(point.Scope), point.Status);
    }

    internal static string Normalise(string text) => text.Trim().ToLowerInvariant();
}
