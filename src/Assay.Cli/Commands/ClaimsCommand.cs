using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay claims</c>: stored claims matching the filters, as a table, JSON or CSV.</summary>
internal sealed class ClaimsCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<ClaimsSettings>
{
    public override int Execute(CommandContext context, ClaimsSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var claims = store.Claims(settings.ToQuery());
        switch (settings.Format)
        {
            case OutputFormat.Json:
                console.Profile.Out.Writer.WriteLine(ListingJsonWriter.Claims(claims));
                break;
            case OutputFormat.Csv:
                ClaimCsv.Write(console.Profile.Out.Writer, claims);
                break;
            default:
                console.Write(ClaimTable.Build(claims));
                console.MarkupLine($"[grey]{claims.Count} claim(s)[/]");
                break;
        }

        return ExitCodes.Ok;
    }
}
