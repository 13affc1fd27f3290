namespace Assay.Workspace.Ach;

/// <summary>The decision kinds that build ACH matrices in the history; each is undone with <c>assay undo</c>.</summary>
public static class AchDecisionKinds
{
    /// <summary>A new matrix: Subject = name, Value = title, Note = the question or a note.</summary>
    public const string New = "ach-new";

    /// <summary>A hypothesis: Subject = matrix, Value = its text.</summary>
    public const string Hypothesis = "ach-hypothesis";

    /// <summary>An evidence item: Subject = matrix, Value = the item as compact JSON.</summary>
    public const string Evidence = "ach-evidence";

    /// <summary>Ratings: Subject = matrix, Other = "E2 H1" (or "E2 H1,H2,H3" for a row), Value = "II" (or "CC,C,I").</summary>
    public const string Rate = "ach-rate";

    /// <summary>A whole matrix read from a file: Subject = name, Value = the matrix as JSON.</summary>
    public const string Import = "ach-import";

    /// <summary>True for every ACH kind.</summary>
    public static bool IsAch(string kind) => kind is New or Hypothesis or Evidence or Rate or Import;
}
