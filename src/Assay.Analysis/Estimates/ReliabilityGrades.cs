namespace Assay.Analysis.Estimates;

/// <summary>Numbers for the Admiralty reliability letters.</summary>
public static class ReliabilityGrades
{
    /// <summary>The MISP admiralty-scale value divided by 100: A 1, B 0.75, C 0.5, D 0.25, E 0, F 0.5, G 0.</summary>
    /// <remarks>
    /// F ("cannot be judged") sits at the midpoint, not at zero: an unknown source is not an unreliable one.
    /// E and G weigh nothing, so their figures appear in the raw spread but never move the pooled range.
    /// </remarks>
    public static double Weight(ReliabilityGrade grade) => grade switch
    {
        ReliabilityGrade.A => 1.0,
        ReliabilityGrade.B => 0.75,
        ReliabilityGrade.C => 0.5,
        ReliabilityGrade.D => 0.25,
        ReliabilityGrade.E => 0.0,
        ReliabilityGrade.F => 0.5,
        ReliabilityGrade.G => 0.0,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown reliability grade."),
    };

    /// <summary>Independence weight of one member of a cluster of reports sharing a root origin: 1 / cluster size.</summary>
    public static double IndependenceFromClusterSize(int clusterSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(clusterSize, 1);
        return 1.0 / clusterSize;
    }
}
