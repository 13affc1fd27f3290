using Assay.Analysis.Ach;
using Assay.Cli.Ach;
using Assay.Cli.Infrastructure;
using Assay.Storage;
using Assay.Workspace.Ach;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ach import FILE</c>: reads a PARC ACH .achz into a new matrix, recorded in the history as one step.</summary>
internal sealed class AchImportCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<AchImportSettings>
{
    public override int Execute(CommandContext context, AchImportSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.File))
        {
            errors.Error($"no file {settings.File}");
            return ExitCodes.Error;
        }

        AchMatrix matrix;
        try
        {
            matrix = AchzFile.Read(settings.File, settings.MatrixName);
        }
        catch (Exception ex) when (ex is AchFormatException or IOException or UnauthorizedAccessException)
        {
            errors.Error($"cannot read {settings.File}: {ex.Message}");
            return ExitCodes.Error;
        }

        using var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (AchLoader.Load(store).Any(s => s.Matrix.Name == matrix.Name))
        {
            errors.Error($"an ACH matrix '{matrix.Name}' already exists: pass --name to import under another name");
            return ExitCodes.Error;
        }

        var decision = AchSteps.Import(store, matrix, settings.Note);
        console.MarkupLine(Markup.Escape(
            $"Imported {matrix.Name}: {matrix.Hypotheses.Count} hypotheses, {matrix.Evidence.Count} items, {matrix.Ratings.Count} ratings (decision #{decision.Id})."));
        return ExitCodes.Ok;
    }
}
