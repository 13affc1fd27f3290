namespace Assay.Analysis.Reliability;

/// <summary>What the analyst found a proposition to be once the truth was known.</summary>
public enum ResolutionOutcome
{
    /// <summary>It held.</summary>
    Confirmed,

    /// <summary>It was shown false.</summary>
    Refuted,
}
