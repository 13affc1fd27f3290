namespace Assay.Extraction.Evaluation;

/// <summary>A target with the value reached and whether it passes.</summary>
/// <param name="Target">The target.</param>
/// <param name="Value">The value reached.</param>
public sealed record TargetResult(EvaluationTarget Target, double Value)
{
    /// <summary>True when <see cref="Value"/> reaches the minimum.</summary>
    public bool Met => Value >= Target.Minimum;
}
