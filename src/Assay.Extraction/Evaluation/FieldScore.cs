namespace Assay.Extraction.Evaluation;

/// <summary>True positives, false positives and false negatives of one field, with precision, recall and F1.</summary>
/// <remarks>Micro-averaging is adding the counts (<see cref="op_Addition"/>) before dividing. A ratio whose
/// denominator is zero is 0, so a field with nothing to find and nothing found scores 0, not 1.</remarks>
public readonly record struct FieldScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP), or 0.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), or 0.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall, or 0.</summary>
    public double F1 => Ratio(2 * TruePositives, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Adds the counts of two scores.</summary>
    public static FieldScore operator +(FieldScore left, FieldScore right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);

    /// <summary>Adds the counts of two scores.</summary>
    public static FieldScore Add(FieldScore left, FieldScore right) => left + right;

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
