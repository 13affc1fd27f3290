namespace Assay.Analysis.Reliability;

/// <summary>How good a stated range was once the true figure is known (Gneiting &amp; Raftery 2007): narrow ranges that
/// hold score low, and a miss costs 2/α times the distance by which it missed.</summary>
public static class IntervalScore
{
    /// <summary>The default α: a stated range is read as a central 90% interval.</summary>
    public const double DefaultAlpha = 0.1;

    /// <summary>IS = (u − l) + (2/α)(l − x)·1[x &lt; l] + (2/α)(x − u)·1[x &gt; u], in the figure's own units.</summary>
    /// <remarks>A single figure is the degenerate range l = u: it scores (2/α)·|l − x|, nothing when exactly right.</remarks>
    public static double Score(double low, double high, double truth, double alpha = DefaultAlpha)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alpha);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(alpha, 1);
        if (high < low)
        {
            throw new ArgumentException($"The range {low}–{high} ends below its start.", nameof(high));
        }

        var below = truth < low ? low - truth : 0;
        var above = truth > high ? truth - high : 0;
        return high - low + (2 / alpha * (below + above));
    }

    /// <summary>The interval score divided by the truth, so an outlet counting in thousands and one counting in tens
    /// are compared on one scale (0.5 means off by half the true figure's worth of score).</summary>
    /// <remarks>A true value of 0 is divided by 1 instead.</remarks>
    public static double Relative(double low, double high, double truth, double alpha = DefaultAlpha) =>
        Score(low, high, truth, alpha) / (truth == 0 ? 1 : Math.Abs(truth));

    /// <summary>The log error |ln(x̂ / x)| of a point figure: 0 when exact, ln 2 when off by a factor of two either way.</summary>
    /// <remarks>Not mixed into <see cref="OriginRecord.IntervalScore"/>: the track record scores every figure, single ones as
    /// degenerate ranges, on the relative interval score so that one mean compares like with like.</remarks>
    public static double LogError(double estimate, double truth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(estimate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(truth);
        return Math.Abs(Math.Log(estimate / truth));
    }
}
