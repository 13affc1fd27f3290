namespace Assay.Extraction.Evaluation;

/// <summary>Which number of a field a target applies to.</summary>
public enum TargetMetric
{
    /// <summary>The field's F1.</summary>
    F1,

    /// <summary>The field's accuracy over matched pairs (source and stance only).</summary>
    Accuracy,
}
