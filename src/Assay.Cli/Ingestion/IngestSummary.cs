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

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
