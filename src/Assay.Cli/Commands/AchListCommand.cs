using Assay.Cli.Ach;
using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Workspace.Ach;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ach list</c>: the ACH matrices in the store.</summary>
internal sealed class AchListCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<AchListSettings>
{
    public override int Execute(CommandContext context, AchListSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var states = AchLoader.Load(store);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(AchJsonWriter.List(states));
        }
        else if (states.Count == 0)
        {
            console.MarkupLine("[dim]No ACH matrices yet: start one with 'assay ach new NAME'.[/]");
        }
        else
        {
            console.Write(AchListTable.Build(states));
        }

        return ExitCodes.Ok;
    }
}
