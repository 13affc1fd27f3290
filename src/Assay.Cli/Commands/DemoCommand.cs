using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Story;
using Assay.Cli.Infrastructure;
using Assay.Cli.Ingestion;
using Assay.Cli.Rendering;
using Assay.Cli.Story;
using Assay.Extraction.Pipeline;
using Assay.Storage;
using Assay.Workspace;
using Assay.Workspace.Briefing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay demo [PATH]</c>: ingest a folder into a fresh store and print the picture it gives.</summary>
internal sealed class DemoCommand(
    IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, FileReader reader, ExtractionPipeline pipeline, EmbedderFactory embedders)
    : Command<DemoSettings>
{
    /// <summary>How many claims the demo lists.</summary>
    public const int ClaimRows = 40;

    /// <summary>Propositions shown by the demo.</summary>
    public const int StoryRows = 12;

    /// <summary>Subjects listed in the estimates index of the demo.</summary>
    public const int SeriesRows = 8;

    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var samples = settings.ResolveSamples(Directory.GetCurrentDirectory());
        if (samples is null)
        {
            errors.Error("no samples/ folder here or in the repository root; pass a folder: assay demo PATH");
            return ExitCodes.Error;
        }

        var dbPath = settings.DemoDbPath;
        if (StoreFactory.IsServer(dbPath))
        {
            // The demo starts from an empty store each time; it will not empty a shared server's database.
            errors.Error("the demo writes a fresh SQLite file and will not clear a server database: give --db a file path, or use 'assay ingest' against the server");
            return ExitCodes.Error;
        }

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

        using var lookups = StoreAccess.OpenSecond(openStore, dbPath, store);

        IngestReport report;
        try
        {
            report = IngestRunner.Run(console, new Ingester(reader, pipeline, store, lookups) { Workers = Environment.ProcessorCount }, [samples]);
        }
#pragma warning disable CA1031 // A store failure ends the demo with one line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            errors.Error(ex, $"storing into {dbPath} failed");
            return ExitCodes.Error;
        }

        IngestSummary.Render(console, report);
        var picture = RenderPicture(console, store, dbPath, StoryOptionsFactory.Create(embedders, noEmbeddings: false));
        if (!WriteBriefing(console, store, picture, dbPath))
        {
            return ExitCodes.Error;
        }

        return report.Skipped.Count == 0 ? ExitCodes.Ok : ExitCodes.Skipped;
    }

    /// <summary>Writes the HTML briefing beside the store ("demo-briefing.html") and says where, with its key judgments.</summary>
    private bool WriteBriefing(IAnsiConsole console, IStore store, StoryPicture picture, string dbPath)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(dbPath))!, System.IO.Path.GetFileNameWithoutExtension(dbPath) + "-briefing.html");
        try
        {
            var briefing = BriefingLoader.Build(store, picture, title: "Briefing on the samples");
            File.WriteAllText(path, HtmlBriefingWriter.Write(briefing));
            console.Write(new Rule("[bold]briefing[/]").LeftJustified());
            foreach (var judgment in briefing.KeyJudgments.Take(3))
            {
                console.MarkupLine(Markup.Escape("• " + judgment.Judgment.Text));
            }

            console.MarkupLine($"The whole briefing, with its charts and every sentence linked to its claims: [link]{Markup.Escape(path)}[/] (open it in a browser; 'assay brief' writes it as Markdown or JSON too).");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BriefingLintException)
        {
            errors.Error($"the briefing could not be written to {path}: {e.Message}");
            return false;
        }
    }

    /// <summary>Summary line, strongest claims, all estimates and all sources; returns the story picture.</summary>
    internal static StoryPicture RenderPicture(IAnsiConsole console, IStore store, string dbPath, StoryOptions options)
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

        var picture = StoryLoader.Build(store, options);
        console.Write(new Rule("[bold]story[/]").LeftJustified());
        StoryView.Render(console, picture, StoryView.Select(picture, null, StoryRows));

        var series = SeriesBuilder.Build(picture);
        console.Write(new Rule("[bold]estimates[/]").LeftJustified());
        console.Write(SeriesView.Index([.. series.Take(SeriesRows)]));
        if (series.Count > 0)
        {
            SeriesView.Render(console, series[0]);
        }

        console.Write(new Rule("[bold]sources[/]").LeftJustified());
        console.Write(SourceTable.Build(store.Sources()));
        return picture;
    }
}
