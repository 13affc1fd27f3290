namespace Assay.Extraction.Evaluation;

/// <summary>Correct answers out of a total; the value is 0 when the total is 0.</summary>
public readonly record struct Accuracy(int Correct, int Total)
{
    /// <summary>Correct / Total, or 0.</summary>
    public double Value => Total == 0 ? 0 : (double)Correct / Total;

    /// <summary>Adds the counts of two accuracies.</summary>
    public static Accuracy operator +(Accuracy left, Accuracy right) => new(left.Correct + right.Correct, left.Total + right.Total);

    /// <summary>Adds the counts of two accuracies.</summary>
    public static Accuracy Add(Accuracy left, Accuracy right) => left + right;
}
