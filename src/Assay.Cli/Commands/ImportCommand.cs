using System.Globalization;
using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Interop;
using Assay.Interop.Fetching;
using Assay.Interop.Stix;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay import FILE...</c>: STIX 2.1 bundles into the store — reports become articles, Assay's own export
/// comes back whole with its grades and resolutions; exit 0 when every file went in, 2 when some were refused.</summary>
internal sealed class ImportCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, ExtractionPipeline pipeline)
    : Command<ImportSettings>
{
    private static readonly JsonSerializerOptions JsonRows = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JsonOutput.Options.Encoder,
    };

    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var rows = new List<ImportRow>();
        var refused = 0;
        foreach (var file in settings.Files)
        {
            var row = ImportFile(store, file, settings, cancellationToken);
            refused += row.Problems.Count;
            rows.Add(row);
        }

        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(rows, JsonRows));
        }
        else
        {
            Render(rows);
        }

        return refused == 0 ? ExitCodes.Ok : ExitCodes.Skipped;
    }

    private ImportRow ImportFile(IStore store, string file, ImportSettings settings, CancellationToken cancellationToken)
    {
        StixImport import;
        try
        {
            using var input = File.OpenRead(file);
            import = StixImporter.Read(input, file);
        }
        catch (InteropFormatException e)
        {
            return ImportRow.Refused(file, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportRow.Refused(file, $"{file}: cannot be read ({e.Message})");
        }

        var result = StixImporter.Apply(store, import, pipeline);
        var problems = new List<string>(result.Failed);
        var fetched = 0;
        var fetchedRepeats = 0;
        var references = result.References.Select(r => r.Url).ToList();
        if (settings.Fetch && result.References.Count > 0)
        {
            var outcomes = FetchReferences(store, result.References, settings.AllowPrivate, cancellationToken);
            fetched = outcomes.Count(o => o.Added);
            fetchedRepeats = outcomes.Count(o => o.ArticleId is not null && !o.Added);
            problems.AddRange(outcomes.Where(o => o.Error is not null).Select(o => $"{file}: {o.Location}: {o.Error}"));
            references = [];
        }

        return new ImportRow(
            file, result.Added + fetched, result.Repeats + fetchedRepeats, result.GradesRecorded, result.ResolutionsRecorded, import.Warnings, references, problems);
    }

    // Each link fetched with the same guard as 'assay ingest URL': public addresses only unless allowed, capped, paced.
    private IReadOnlyList<IntakeOutcome> FetchReferences(IStore store, IReadOnlyList<StixReference> references, bool allowPrivate, CancellationToken cancellationToken)
    {
        using var fetcher = new SafeFetcher(FetchOptions.Default with { AllowPrivate = allowPrivate });
        var reads = new List<ReadResult>();
        foreach (var reference in references)
        {
            if (Uri.TryCreate(reference.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                reads.AddRange(UrlArticleReader.Read(fetcher, url, cancellationToken: cancellationToken));
            }
            else
            {
                reads.Add(ReadResult.Fail(reference.Url, $"{reference.ReportId} links to '{reference.Url}', which is not an http or https URL"));
            }
        }

        return ArticleIntake.Store(store, reads, pipeline);
    }

    private void Render(List<ImportRow> rows)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("import");
        table.AddColumn("file");
        table.AddColumn("stored (new)", c => c.RightAligned());
        table.AddColumn("already stored", c => c.RightAligned());
        table.AddColumn("grades", c => c.RightAligned());
        table.AddColumn("resolutions", c => c.RightAligned());
        table.AddColumn("links to fetch", c => c.RightAligned());
        table.AddColumn("refused", c => c.RightAligned());
        foreach (var r in rows)
        {
            table.AddRow(
                Markup.Escape(r.File), N(r.Stored), N(r.AlreadyStored), N(r.Grades), N(r.Resolutions), N(r.LinksToFetch.Count),
                r.Problems.Count == 0 ? "0" : $"[yellow]{N(r.Problems.Count)}[/]");
        }

        console.Write(table);
        // Raw lines, never wrapped, so each stays "file: reason" for grep and editors.
        var writer = console.Profile.Out.Writer;
        foreach (var r in rows)
        {
            foreach (var w in r.Warnings)
            {
                writer.WriteLine("  skipped: " + w);
            }

            foreach (var url in r.LinksToFetch)
            {
                writer.WriteLine("  link only (store it with --fetch or 'assay ingest URL'): " + url);
            }

            foreach (var p in r.Problems)
            {
                errors.Warning(p);
            }
        }

        writer.Flush();
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
