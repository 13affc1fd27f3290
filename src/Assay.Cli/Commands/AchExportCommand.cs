using Assay.Analysis.Ach;
using Assay.Cli.Ach;
using Assay.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ach export NAME --out FILE.achz</c>: writes a matrix as PARC ACH XML.</summary>
internal sealed class AchExportCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<AchExportSettings>
{
    public override int Execute(CommandContext context, AchExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null || AchMatrixLookup.Find(store, settings.Name, errors) is not { } state)
        {
            return ExitCodes.Error;
        }

        var path = settings.Out!;
        try
        {
            AchzFile.Write(state.Matrix, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Error($"cannot write {path}: {ex.Message}");
            return ExitCodes.Error;
        }

        console.MarkupLine(Markup.Escape($"Wrote {settings.Name} to {path}."));
        return ExitCodes.Ok;
    }
}
