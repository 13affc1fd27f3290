namespace Assay.Analysis.Estimates;

/// <summary>Admiralty (NATO) source-reliability letter.</summary>
public enum ReliabilityGrade
{
    /// <summary>Completely reliable.</summary>
    A,

    /// <summary>Usually reliable.</summary>
    B,

    /// <summary>Fairly reliable.</summary>
    C,

    /// <summary>Not usually reliable.</summary>
    D,

    /// <summary>Unreliable.</summary>
    E,

    /// <summary>Reliability cannot be judged.</summary>
    F,

    /// <summary>Deliberately deceptive (MISP extension to the scale).</summary>
    G,
}
