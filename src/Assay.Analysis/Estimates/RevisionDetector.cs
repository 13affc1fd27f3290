namespace Assay.Analysis.Estimates;

/// <summary>Orders one origin's figures for a subject and marks how each revises the last like-for-like figure.</summary>
internal static class RevisionDetector
{
    public static EstimateSeries Detect(IEnumerable<EstimatePoint> points, string originId, string subject)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(originId);
        ArgumentNullException.ThrowIfNull(subject);

        var wantedSubject = LikeKey.Normalise(subject);
        // OrderBy is stable, so figures given on the same day keep their input order.
        var ordered = points
            .Where(p => string.Equals(p.OriginId, originId, StringComparison.Ordinal)
                        && LikeKey.Normalise(p.Subject) == wantedSubject)
            .OrderBy(p => p.AsOf)
            .ToList();

        // A figure for Kursk does not revise one for all of Russia, nor a projection an assessment.
        var lastByKey = new Dictionary<LikeKey, EstimatePoint>();
        var steps = new List<EstimateRevision>(ordered.Count);
        foreach (var point in ordered)
        {
            var key = LikeKey.Of(point);
            lastByKey.TryGetValue(key, out var previous);
            steps.Add(new EstimateRevision(point, previous, previous is null ? RevisionDirection.First : Compare(previous, point)));
            lastByKey[key] = point;
        }

        return new EstimateSeries(originId, subject, steps);
    }

    internal static RevisionDirection Compare(EstimatePoint before, EstimatePoint after)
    {
        // An open side takes the stated bound, so "more than 10,000" compares as 10,000 on both sides.
        var (lo1, hi1) = (before.Low ?? before.High!.Value, before.High ?? before.Low!.Value);
        var (lo2, hi2) = (after.Low ?? after.High!.Value, after.High ?? after.Low!.Value);

        if (lo1 == lo2 && hi1 == hi2)
        {
            var sameShape = before.Qualifier == after.Qualifier && before.Low.HasValue == after.Low.HasValue
                                                              && before.High.HasValue == after.High.HasValue;
            return sameShape ? RevisionDirection.Unchanged : RevisionDirection.Requalified;
        }

        if (lo2 >= lo1 && hi2 >= hi1)
        {
            return RevisionDirection.Up;
        }

        if (lo2 <= lo1 && hi2 <= hi1)
        {
            return RevisionDirection.Down;
        }

        return lo2 < lo1 ? RevisionDirection.Widened : RevisionDirection.Narrowed;
    }
}
