using Assay.Cli.Infrastructure;
using Assay.Cli.Ingestion;
using Assay.Extraction.Pipeline;
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
        using var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        IngestReport report;
        try
        {
            report = IngestRunner.Run(console, new Ingester(reader, pipeline, store) { Workers = settings.WorkerCount, BatchSize = settings.BatchSize }, settings.Paths);
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
}
