using System.Text.Json;
using Assay.Analysis.Ach;
using Assay.Storage;

namespace Assay.Workspace.Ach;

/// <summary>Replays the ACH decisions in the history into matrices.</summary>
/// <remarks>Every step hangs on the latest <c>ach-new</c> or <c>ach-import</c> of its matrix made before it; when
/// that root is undone, the matrix and everything on it are gone. Hypotheses and items are numbered by counting
/// every decision of their kind on the root, undone ones included, so undoing a step never renumbers the others.
/// A later rating of a cell wins; undoing it brings back the one before.</remarks>
public static class AchLoader
{
    /// <summary>The matrices in force, in the order they were made.</summary>
    public static IReadOnlyList<AchState> Load(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var states = new Dictionary<string, AchState>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var d in store.Decisions(includeUndone: true).Where(d => AchDecisionKinds.IsAch(d.Kind)).OrderBy(d => d.Id))
        {
            if (d.Kind is AchDecisionKinds.New or AchDecisionKinds.Import)
            {
                order.Remove(d.Subject);
                states.Remove(d.Subject);
                if (d.InForce && Root(d) is { } root)
                {
                    states[d.Subject] = root;
                    order.Add(d.Subject);
                }

                continue;
            }

            if (states.TryGetValue(d.Subject, out var state))
            {
                states[d.Subject] = Apply(state, d);
            }
        }

        return [.. order.Select(name => states[name])];
    }

    /// <summary>The matrix called <paramref name="name"/>, or null with <paramref name="error"/> naming the matrices there are.</summary>
    public static AchState? Find(IStore store, string name, out string? error)
    {
        var all = Load(store);
        var found = all.FirstOrDefault(s => s.Matrix.Name == name);
        error = found is not null
            ? null
            : all.Count == 0
                ? $"no ACH matrix '{name}': create one with 'assay ach new {name}'"
                : $"no ACH matrix '{name}'; there are: {string.Join(", ", all.Select(s => s.Matrix.Name))}";
        return found;
    }

    private static AchState? Root(StoredDecision d)
    {
        if (d.Kind == AchDecisionKinds.New)
        {
            return new AchState(new AchMatrix { Name = d.Subject, Title = d.Value, Notes = d.Note }, d.Id, 0, 0);
        }

        try
        {
            var matrix = AchJson.ReadMatrix(d.Value ?? "{}", d.Subject);
            return new AchState(matrix, d.Id, matrix.Hypotheses.Count, matrix.Evidence.Count);
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            // A damaged import is left out rather than taking every other matrix down with it.
            return null;
        }
    }

    private static AchState Apply(AchState state, StoredDecision d)
    {
        switch (d.Kind)
        {
            case AchDecisionKinds.Hypothesis:
                {
                    var numbered = state with { HypothesesNumbered = state.HypothesesNumbered + 1 };
                    return d.InForce
                        ? numbered with { Matrix = state.Matrix.WithHypothesis(new AchHypothesis(state.NextHypothesisId, d.Value ?? "")) }
                        : numbered;
                }

            case AchDecisionKinds.Evidence:
                {
                    var numbered = state with { EvidenceNumbered = state.EvidenceNumbered + 1 };
                    if (!d.InForce)
                    {
                        return numbered;
                    }

                    try
                    {
                        return numbered with { Matrix = state.Matrix.WithEvidence(AchJson.ReadEvidence(d.Value ?? "{}", state.NextEvidenceId)) };
                    }
                    catch (JsonException)
                    {
                        return numbered;
                    }
                }

            case AchDecisionKinds.Rate when d.InForce:
                return state with { Matrix = Rate(state.Matrix, d.Other, d.Value) };

            default:
                return state;
        }
    }

    private static AchMatrix Rate(AchMatrix matrix, string? cells, string? values)
    {
        if (cells?.Split(' ', 2) is not [var evidence, var hypotheses] || values is null || matrix.FindEvidence(evidence) is null)
        {
            return matrix;
        }

        var columns = hypotheses.Split(',');
        var ratings = values.Split(',');
        for (var i = 0; i < Math.Min(columns.Length, ratings.Length); i++)
        {
            if (matrix.FindHypothesis(columns[i]) is not null && AchRatings.TryParse(ratings[i], out var rating))
            {
                matrix = matrix.WithRating(evidence, columns[i], rating);
            }
        }

        return matrix;
    }
}
