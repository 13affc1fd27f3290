using Assay.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay undo ID</c>: reverses a decision; the history keeps both.</summary>
internal sealed class UndoCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<UndoSettings>
{
    public override int Execute(CommandContext context, UndoSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (store.Undo(settings.Id, settings.Note) is not { } undone)
        {
            errors.Error($"no decision #{settings.Id} in force: see 'assay history --all'");
            return ExitCodes.Error;
        }

        console.MarkupLine(Markup.Escape($"Undid decision #{undone.Id} ({undone.Kind} {undone.Subject}{(undone.Other is null ? "" : " " + undone.Other)})."));
        return ExitCodes.Ok;
    }
}
