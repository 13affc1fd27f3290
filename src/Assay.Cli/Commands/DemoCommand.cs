using Assay.Cli.Infrastructure;
using Assay.Cli.Ingestion;
using Assay.Cli.Rendering;
using Assay.Extraction.Pipeline;
using Assay.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay demo [PATH]</c>: ingest a folder into a fresh store and print the picture it gives.</summary>
internal sealed class DemoCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, FileReader reader, ExtractionPipeline pipeline)
    : Command<DemoSettings>
{
    /// <summary>How many claims the demo lists.</summary>
    public const int ClaimRows = 40;

    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var samples = settings.ResolveSamples(Directory.GetCurrentDirectory());
        if (samples is null)
        {
            errors.Error("no samples/ folder here or in the repository root; pass a folder: assay demo PATH");
            return ExitCodes.Error;
        }

        var dbPath = settings.DemoDbPath;
        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        using var store = StoreAccess.TryOpen(openStore, dbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        IngestReport report;
        try
        {
            report = IngestRunner.Run(console, new Ingester(reader, pipeline, store), [samples]);
        }
#pragma warning disable CA1031 // A store failure ends the demo with one line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            errors.Error(ex, $"storing into {dbPath} failed");
            return ExitCodes.Error;
        }

        IngestSummary.Render(console, report);
        RenderPicture(console, store, dbPath);
        return report.Skipped.Count == 0 ? ExitCodes.Ok : ExitCodes.Skipped;
    }

    /// <summary>Summary line, strongest claims, all estimates and all sources.</summary>
    internal static void RenderPicture(IAnsiConsole console, IStore store, string dbPath)
    {
        var stats = store.Stats();
        console.WriteLine();
        console.Write(new Rule($"[bold]{stats.Articles} articles · {stats.Claims} claims · {stats.Quantities} quantities[/] [grey]({Markup.Escape(dbPath)})[/]").LeftJustified());

        var claims = store.Claims(new ClaimQuery())
            .OrderByDescending(c => c.Quantity is not null)
            .ThenByDescending(c => c.Claim.Certainty)
            .Take(ClaimRows)
            .ToList();
        console.Write(new Rule("[bold]claims[/] [grey](with quantities first, then by certainty)[/]").LeftJustified());
        console.Write(ClaimTable.Build(claims));

        console.Write(new Rule("[bold]estimates[/]").LeftJustified());
        EstimatesCommand.Render(console, store.Estimates(null));

        console.Write(new Rule("[bold]sources[/]").LeftJustified());
        console.Write(SourceTable.Build(store.Sources()));
    }
}
