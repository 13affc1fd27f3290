using Assay.Analysis.Ach;
using Assay.Storage;

namespace Assay.Workspace.Ach;

/// <summary>Records the steps of building an ACH matrix in the history, laid out as <see cref="AchLoader"/> replays them:
/// every front end records through here.</summary>
public static class AchSteps
{
    /// <summary>Starts a matrix.</summary>
    public static StoredDecision New(IStore store, string name, string? title, string? note) =>
        Record(store, new DecisionDraft(AchDecisionKinds.New, name, null, title, note));

    /// <summary>Adds a hypothesis (a column).</summary>
    public static StoredDecision Hypothesis(IStore store, string name, string text, string? note) =>
        Record(store, new DecisionDraft(AchDecisionKinds.Hypothesis, name, null, text.Trim(), note));

    /// <summary>Adds an evidence item (a row).</summary>
    public static StoredDecision Evidence(IStore store, string name, AchEvidence item, string? note) =>
        Record(store, new DecisionDraft(AchDecisionKinds.Evidence, name, null, AchJson.Evidence(item), note));

    /// <summary>Rates one item against one or more hypotheses in one step.</summary>
    public static StoredDecision Rate(IStore store, string name, string evidenceId, IReadOnlyList<(string Hypothesis, AchRating Rating)> cells, string? note)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Record(store, new DecisionDraft(
            AchDecisionKinds.Rate,
            name,
            $"{evidenceId} {string.Join(",", cells.Select(c => c.Hypothesis))}",
            string.Join(",", cells.Select(c => c.Rating.Format())),
            note));
    }

    /// <summary>Records a whole matrix read from a file.</summary>
    public static StoredDecision Import(IStore store, AchMatrix matrix, string? note)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Record(store, new DecisionDraft(AchDecisionKinds.Import, matrix.Name, null, AchJson.Matrix(matrix), note));
    }

    private static StoredDecision Record(IStore store, DecisionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Record(draft);
    }
}
