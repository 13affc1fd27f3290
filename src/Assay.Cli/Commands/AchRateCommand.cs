using Assay.Analysis.Ach;
using Assay.Cli.Ach;
using Assay.Cli.Infrastructure;
using Assay.Storage;
using Assay.Workspace.Ach;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ach rate NAME E2 H1 II</c> or <c>rate NAME E2 CC,C,I</c>: rates a cell or a row, recorded in the
/// history as one step.</summary>
internal sealed class AchRateCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<AchRateSettings>
{
    public override int Execute(CommandContext context, AchRateSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null || AchMatrixLookup.Find(store, settings.Name, errors) is not { } state)
        {
            return ExitCodes.Error;
        }

        var matrix = state.Matrix;
        if (matrix.FindEvidence(settings.Evidence) is not { } evidence)
        {
            errors.Error($"no evidence {settings.Evidence} in {settings.Name}: it has {Ids(matrix.Evidence.Select(e => e.Id))}");
            return ExitCodes.Error;
        }

        if (Cells(matrix, settings) is not { } cells)
        {
            return ExitCodes.Error;
        }

        var decision = AchSteps.Rate(store, settings.Name, evidence.Id, cells, settings.Note);
        var rated = string.Join(", ", cells.Select(c => $"{c.Hypothesis} {c.Rating.Format()}"));
        console.MarkupLine(Markup.Escape($"Rated {evidence.Id}: {rated} (decision #{decision.Id})."));
        return ExitCodes.Ok;
    }

    private List<(string Hypothesis, AchRating Rating)>? Cells(AchMatrix matrix, AchRateSettings settings)
    {
        if (settings.Rating is not null)
        {
            if (matrix.FindHypothesis(settings.Target) is not { } hypothesis)
            {
                errors.Error($"no hypothesis {settings.Target} in {settings.Name}: it has {Ids(matrix.Hypotheses.Select(h => h.Id))}");
                return null;
            }

            if (!AchRatings.TryParse(settings.Rating, out var rating))
            {
                errors.Error($"'{settings.Rating}' is not a rating: use CC, C, N, I, II or NA");
                return null;
            }

            return [(hypothesis.Id, rating)];
        }

        var row = settings.Target.Split(',');
        if (matrix.FindHypothesis(settings.Target) is not null || row.Length != matrix.Hypotheses.Count)
        {
            errors.Error(matrix.FindHypothesis(settings.Target) is not null
                ? $"give a rating after {settings.Target}: 'assay ach rate {settings.Name} {settings.Evidence} {settings.Target} C'"
                : $"a row needs {matrix.Hypotheses.Count} ratings, one per hypothesis ({Ids(matrix.Hypotheses.Select(h => h.Id))}), not {row.Length}");
            return null;
        }

        var cells = new List<(string, AchRating)>(row.Length);
        for (var i = 0; i < row.Length; i++)
        {
            if (!AchRatings.TryParse(row[i], out var rating))
            {
                errors.Error($"'{row[i].Trim()}' is not a rating: use CC, C, N, I, II or NA");
                return null;
            }

            cells.Add((matrix.Hypotheses[i].Id, rating));
        }

        return cells;
    }

    private static string Ids(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : "none yet";
}
