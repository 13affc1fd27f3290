using System.Globalization;
using Spectre.Console;

namespace Assay.Cli.Ingestion;

/// <summary>Renders the end-of-ingest summary: counts, then every skipped input on its own line.</summary>
internal static class IngestSummary
{
    /// <summary>Writes the summary to <paramref name="console"/>.</summary>
    public static void Render(IAnsiConsole console, IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var table = new Table().Border(TableBorder.Rounded).Title("ingest");
        table.AddColumn("read");
        table.AddColumn("stored (new)");
        table.AddColumn("already stored");
        table.AddColumn("skipped");
        table.AddRow(N(report.Read), N(report.Stored), N(report.Unchanged), report.Skipped.Count == 0 ? "0" : $"[yellow]{N(report.Skipped.Count)}[/]");
        console.Write(table);
        if (report.Skipped.Count == 0)
        {
            return;
        }

        console.MarkupLine("[yellow]skipped:[/]");
        // Raw lines, never wrapped at the console width, so each stays "file:line: reason" for grep and editors.
        var writer = console.Profile.Out.Writer;
        foreach (var s in report.Skipped)
        {
            writer.WriteLine("  " + s);
        }

        writer.Flush();
    }

    /// <summary>Writes what this process of a shared ingest did and the queue's totals, one line each.</summary>
    public static void RenderShared(IAnsiConsole console, SharedIngestReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var q = report.Queue;
        console.MarkupLineInterpolated(
            $"this process ({report.Worker}): queued {N(report.Enqueued)} new inputs, finished {N(report.Mine.Files)}");
        console.MarkupLineInterpolated(
            $"shared queue: {N(q.Inputs)} inputs, {N(q.Done)} done, {N(q.Taken)} in progress, {N(q.Pending)} waiting, {N(q.Failed)} failed; {N(q.Stored)} articles stored (new), {N(q.Unchanged)} already stored, {N(q.Skipped)} skipped");
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
