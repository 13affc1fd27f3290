using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay estimates [SUBJECT]</c>: every figure given for a counted subject, by date, with a range plot.</summary>
internal sealed class EstimatesCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<EstimatesSettings>
{
    public override int Execute(CommandContext context, EstimatesSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var estimates = store.Estimates(settings.Subject);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(ListingJsonWriter.Claims(estimates));
            return ExitCodes.Ok;
        }

        Render(console, estimates);
        return ExitCodes.Ok;
    }

    /// <summary>The estimates table followed by the range plot.</summary>
    internal static void Render(IAnsiConsole console, IReadOnlyList<Storage.StoredClaim> estimates)
    {
        console.Write(EstimateTable.Build(estimates));
        if (EstimateRangePlot.Build(estimates) is { } plot)
        {
            console.WriteLine();
            console.Write(plot);
        }
    }
}
