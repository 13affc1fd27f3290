namespace Assay.Extraction.Evaluation;

/// <summary>A minimum one metric of one field must reach.</summary>
/// <param name="Field">The field.</param>
/// <param name="Metric">F1, or accuracy for <see cref="EvalField.Source"/> and <see cref="EvalField.Stance"/>.</param>
/// <param name="Minimum">The lowest passing value, inclusive.</param>
public sealed record EvaluationTarget(EvalField Field, TargetMetric Metric, double Minimum)
{
    /// <summary>The targets the extractor is tuned towards.</summary>
    public static IReadOnlyList<EvaluationTarget> Defaults { get; } =
    [
        new(EvalField.Quantity, TargetMetric.F1, 0.95),
        new(EvalField.Source, TargetMetric.Accuracy, 0.90),
        new(EvalField.Stance, TargetMetric.Accuracy, 0.85),
        new(EvalField.Event, TargetMetric.F1, 0.85),
        new(EvalField.Time, TargetMetric.F1, 0.85),
    ];

    /// <summary>"quantity F1", "source accuracy".</summary>
    public string Name => $"{Field.ToString().ToLowerInvariant()} {(Metric == TargetMetric.F1 ? "F1" : "accuracy")}";

    /// <summary>The metric's value on <paramref name="sheet"/>.</summary>
    public double ValueOn(ScoreSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return Metric switch
        {
            TargetMetric.F1 => sheet[Field].F1,
            _ when Field == EvalField.Source => sheet.SourceAccuracy.Value,
            _ when Field == EvalField.Stance => sheet.StanceAccuracy.Value,
            _ => throw new InvalidOperationException($"No accuracy is measured for {Field}."),
        };
    }
}
