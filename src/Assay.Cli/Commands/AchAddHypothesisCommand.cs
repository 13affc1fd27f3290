using Assay.Cli.Ach;
using Assay.Cli.Infrastructure;
using Assay.Storage;
using Assay.Workspace.Ach;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ach add-hypothesis NAME TEXT</c>: adds a column to a matrix, recorded in the history.</summary>
internal sealed class AchAddHypothesisCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore)
    : Command<AchAddHypothesisSettings>
{
    public override int Execute(CommandContext context, AchAddHypothesisSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null || AchMatrixLookup.Find(store, settings.Name, errors) is not { } state)
        {
            return ExitCodes.Error;
        }

        var decision = AchSteps.Hypothesis(store, settings.Name, settings.Text, settings.Note);
        console.MarkupLine(Markup.Escape($"Added {state.NextHypothesisId} to {settings.Name} (decision #{decision.Id})."));
        return ExitCodes.Ok;
    }
}
