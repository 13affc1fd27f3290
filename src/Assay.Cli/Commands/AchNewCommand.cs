using Assay.Cli.Ach;
using Assay.Cli.Infrastructure;
using Assay.Storage;
using Assay.Workspace.Ach;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ach new NAME</c>: starts an empty ACH matrix, recorded in the history.</summary>
internal sealed class AchNewCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<AchNewSettings>
{
    public override int Execute(CommandContext context, AchNewSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (AchLoader.Load(store).Any(s => s.Matrix.Name == settings.Name))
        {
            errors.Error($"an ACH matrix '{settings.Name}' already exists: see 'assay ach show {settings.Name}'");
            return ExitCodes.Error;
        }

        var decision = AchSteps.New(store, settings.Name, settings.Title, settings.Note);
        console.MarkupLine(Markup.Escape(
            $"Created ACH matrix {settings.Name} (decision #{decision.Id}); add hypotheses with 'assay ach add-hypothesis {settings.Name} TEXT'."));
        return ExitCodes.Ok;
    }
}
