namespace Assay.Extraction.Evaluation;

/// <summary>The counts of one article, one story or the whole corpus: a score per field plus the two accuracies.</summary>
/// <remarks><see cref="SourceAccuracy"/> counts matched pairs whose gold source type is not "outlet";
/// <see cref="StanceAccuracy"/> counts all matched pairs. Sheets add up, which is micro-averaging.</remarks>
public sealed record ScoreSheet
{
    private static readonly int FieldCount = Enum.GetValues<EvalField>().Length;
    private readonly FieldScore[] _fields;

    /// <summary>Creates a sheet; <paramref name="fields"/> is indexed by <see cref="EvalField"/>.</summary>
    public ScoreSheet(IReadOnlyList<FieldScore> fields, Accuracy sourceAccuracy, Accuracy stanceAccuracy, int articles, int goldQuantities, int predictedQuantities, int matchedPairs)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count != FieldCount)
        {
            throw new ArgumentException($"Expected {FieldCount} field scores, got {fields.Count}.", nameof(fields));
        }

        _fields = [.. fields];
        SourceAccuracy = sourceAccuracy;
        StanceAccuracy = stanceAccuracy;
        Articles = articles;
        GoldQuantities = goldQuantities;
        PredictedQuantities = predictedQuantities;
        MatchedPairs = matchedPairs;
    }

    /// <summary>A sheet with every count at zero.</summary>
    public static ScoreSheet Empty { get; } = new(new FieldScore[FieldCount], default, default, 0, 0, 0, 0);

    /// <summary>Field scores indexed by <see cref="EvalField"/>.</summary>
    public IReadOnlyList<FieldScore> Fields => _fields;

    /// <summary>Correct sources over matched pairs whose gold source is not the outlet.</summary>
    public Accuracy SourceAccuracy { get; }

    /// <summary>Correct stances over all matched pairs.</summary>
    public Accuracy StanceAccuracy { get; }

    /// <summary>Articles scored.</summary>
    public int Articles { get; }

    /// <summary>Gold quantities.</summary>
    public int GoldQuantities { get; }

    /// <summary>Predicted quantities.</summary>
    public int PredictedQuantities { get; }

    /// <summary>Gold quantities paired with a predicted one by span.</summary>
    public int MatchedPairs { get; }

    /// <summary>The score of one field.</summary>
    public FieldScore this[EvalField field] => _fields[(int)field];

    /// <summary>Adds two sheets count by count.</summary>
    public static ScoreSheet operator +(ScoreSheet left, ScoreSheet right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var fields = new FieldScore[FieldCount];
        for (var i = 0; i < FieldCount; i++)
        {
            fields[i] = left._fields[i] + right._fields[i];
        }

        return new ScoreSheet(
            fields,
            left.SourceAccuracy + right.SourceAccuracy,
            left.StanceAccuracy + right.StanceAccuracy,
            left.Articles + right.Articles,
            left.GoldQuantities + right.GoldQuantities,
            left.PredictedQuantities + right.PredictedQuantities,
            left.MatchedPairs + right.MatchedPairs);
    }

    /// <summary>Adds two sheets count by count.</summary>
    public static ScoreSheet Add(ScoreSheet left, ScoreSheet right) => left + right;
}
