using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay sources</c>: who claims are credited to, how often, in how many articles and outlets.</summary>
internal sealed class SourcesCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<SourcesSettings>
{
    public override int Execute(CommandContext context, SourcesSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var sources = store.Sources();
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(ListingJsonWriter.Sources(sources));
        }
        else
        {
            console.Write(SourceTable.Build(sources));
        }

        return ExitCodes.Ok;
    }
}
