using System.Globalization;
using Assay.Cli.Infrastructure;
using Assay.Cli.Ingestion;
using Assay.Extraction.Pipeline;
using Assay.Interop.Fetching;
using Assay.Storage.Postgres;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ingest PATH...</c>: read, extract and store; exit 0 when all went in, 2 when some inputs were
/// skipped, 1 when the store could not be used.</summary>
internal sealed class IngestCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, FileReader reader, ExtractionPipeline pipeline)
    : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Shared)
        {
            return ExecuteShared(settings);
        }

        using var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        using var lookups = StoreAccess.OpenSecond(openStore, settings.DbPath, store);
        using var fetcher = settings.Paths.Any(InputExpander.IsUrl) ? new SafeFetcher(FetchOptions.Default with { AllowPrivate = settings.AllowPrivate }) : null;

        IngestReport report;
        try
        {
            var read = fetcher is null ? reader : WithUrls(reader, fetcher);
            report = IngestRunner.Run(console, new Ingester(read, pipeline, store, lookups) { Workers = settings.WorkerCount, BatchSize = settings.BatchSize }, settings.Paths);
        }
#pragma warning disable CA1031 // A store failure ends the run with one line, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            errors.Error(ex, $"storing into {StoreFactory.Describe(settings.DbPath)} failed");
            return ExitCodes.Error;
        }

        IngestSummary.Render(console, report);
        return report.Skipped.Count == 0 ? ExitCodes.Ok : ExitCodes.Skipped;
    }

    // URLs are fetched by the same workers that read files; a failed fetch is a skipped input like an unreadable file.
    private static FileReader WithUrls(FileReader files, SafeFetcher fetcher) =>
        path => InputExpander.IsUrl(path) && Uri.TryCreate(path, UriKind.Absolute, out var url) ? UrlArticleReader.Read(fetcher, url) : files(path);

    private int ExecuteShared(IngestSettings settings)
    {
        if (settings.Paths.FirstOrDefault(InputExpander.IsUrl) is { } url)
        {
            errors.Error($"--shared shares files and folders through the server's queue; {url} is a URL: ingest URLs without --shared, or watch a feed with 'assay watch'");
            return ExitCodes.Error;
        }

        if (!StoreFactory.IsServer(settings.DbPath))
        {
            errors.Error($"--shared needs a PostgreSQL store (--db postgres://…): the queue lives on the server, and the SQLite file {settings.DbPath} serves one process");
            return ExitCodes.Error;
        }

        using var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        using var lookups = StoreAccess.OpenSecond(openStore, settings.DbPath, store);

        SharedIngestReport report;
        try
        {
            using var queue = PostgresIngestQueue.Open(settings.DbPath);
            var worker = $"{Environment.MachineName}:{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";
            var ingester = new Ingester(reader, pipeline, store, lookups) { Workers = settings.WorkerCount, BatchSize = settings.BatchSize, CountPerInput = true };
            var runner = new SharedIngestRunner(queue, ingester, worker, TimeSpan.FromSeconds(settings.LeaseSeconds)) { ClaimSize = Math.Max(2, settings.WorkerCount) };
            report = runner.Run(settings.Paths);
        }
#pragma warning disable CA1031 // A store or queue failure ends the run with one line, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            errors.Error(ex, $"shared ingest into {StoreFactory.Describe(settings.DbPath)} failed");
            return ExitCodes.Error;
        }

        IngestSummary.Render(console, report.Mine);
        IngestSummary.RenderShared(console, report);
        return report.Mine.Skipped.Count == 0 ? ExitCodes.Ok : ExitCodes.Skipped;
    }
}
