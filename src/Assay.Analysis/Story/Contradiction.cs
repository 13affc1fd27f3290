namespace Assay.Analysis.Story;

/// <summary>What makes two claims contradict.</summary>
public enum ContradictionKind
{
    /// <summary>One states it, the other denies or refutes it.</summary>
    Stance,

    /// <summary>Figures for the same subject, scope and time that cannot both hold.</summary>
    Figures,
}
