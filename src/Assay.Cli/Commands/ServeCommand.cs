using System.Globalization;
using Assay.Cli.Infrastructure;
using Assay.Cli.Ingestion;
using Assay.Extraction.Pipeline;
using Assay.Storage;
using Assay.Web;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay serve</c>: the web workbench and the REST API over the store, until Ctrl+C.</summary>
internal sealed class ServeCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, FileReader reader, ExtractionPipeline pipeline)
    : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        // Open once first: a missing or unreadable store is one clear line here, not an error page later.
        using (var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors))
        {
            if (store is null)
            {
                return ExitCodes.Error;
            }

            if (settings.Samples && !IngestSamples(store, settings.DbPath))
            {
                return ExitCodes.Error;
            }

            if (store.Stats().Articles == 0)
            {
                console.MarkupLine(Markup.Escape($"{settings.DbPath} holds no article yet: upload or paste some on the Articles page, ingest with 'assay ingest FOLDER --db {settings.DbPath}', or serve the samples: 'assay serve --samples'."));
            }
        }

        var urls = settings.Urls ?? WebApp.DefaultUrl;
        var app = WebApp.Create(
        [
            "--urls=" + urls,
            "--Assay:Db=" + settings.DbPath,
            "--Assay:Embeddings=" + settings.Embeddings.ToString(CultureInfo.InvariantCulture),
            "--Assay:PictureClaims=" + settings.PictureClaims.ToString(CultureInfo.InvariantCulture),
            "--Assay:AllowPrivateFetch=" + settings.AllowPrivate.ToString(CultureInfo.InvariantCulture),
            "--Assay:WatchIntervalSeconds=" + settings.WatchInterval.ToString(CultureInfo.InvariantCulture),
            .. settings.Watch.Select((source, i) => $"--Assay:Watch:{i.ToString(CultureInfo.InvariantCulture)}={source}"),
        ]);
        console.MarkupLine(Markup.Escape($"Assay is serving {settings.DbPath} at {urls} (Ctrl+C stops it)."));
        app.StartAsync(cancellationToken).GetAwaiter().GetResult();
        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }

    private bool IngestSamples(IStore store, string dbPath)
    {
        if (DemoSettings.FindSamples(Directory.GetCurrentDirectory()) is not { } samples)
        {
            errors.Error("--samples: no samples/ folder here or in a folder above it; run from the repository, or ingest with 'assay ingest FOLDER'");
            return false;
        }

        using var lookups = StoreAccess.OpenSecond(openStore, dbPath, store);
        var report = IngestRunner.Run(console, new Ingester(reader, pipeline, store, lookups) { Workers = Environment.ProcessorCount }, [samples]);
        IngestSummary.Render(console, report);
        return true;
    }
}
