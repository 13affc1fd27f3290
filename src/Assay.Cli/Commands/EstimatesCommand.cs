using Assay.Analysis.Estimates;
using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Cli.Story;
using Assay.Workspace;
using Assay.Workspace.Charts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay estimates [SUBJECT]</c>: every figure for a counted subject over time, by origin, with revisions
/// marked and the best-supported range pooled like with like.</summary>
internal sealed class EstimatesCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<EstimatesSettings>
{
    public override int Execute(CommandContext context, EstimatesSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Chart is { } chartPath && !EstimateChart.IsSupported(chartPath))
        {
            errors.Error($"--chart {chartPath}: the chart is written as .svg or .png; give a file name with one of those extensions");
            return ExitCodes.Error;
        }

        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var picture = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, settings.NoEmbeddings));
        var all = SeriesBuilder.Build(picture, JudgmentLoader.PoolingGrade(store));
        if (string.IsNullOrWhiteSpace(settings.Subject))
        {
            if (settings.Json)
            {
                console.Profile.Out.Writer.WriteLine(SeriesJsonWriter.Write(all, withPoints: false));
            }
            else if (all.Count == 0)
            {
                console.MarkupLine("[dim]No figures stored yet: run 'assay ingest PATH' first.[/]");
            }
            else
            {
                console.Write(SeriesView.Index(all));
                console.MarkupLine("[dim]Show one with 'assay estimates SUBJECT', for example: assay estimates \"" + Markup.Escape(all[0].Describe()) + "\"[/]");
            }

            return settings.Chart is null ? ExitCodes.Ok : ChartNeedsSubject();
        }

        var matching = SeriesBuilder.Matching(all, settings.Subject).ToList();
        if (matching.Count == 0)
        {
            errors.Error($"no estimates for '{settings.Subject}': 'assay estimates' lists the subjects");
            return ExitCodes.Error;
        }

        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(SeriesJsonWriter.Write(matching, withPoints: true));
        }
        else
        {
            foreach (var series in matching)
            {
                SeriesView.Render(console, series);
                console.WriteLine();
            }
        }

        if (settings.Chart is { } path)
        {
            EstimateChart.Save(matching[0], path);
            errors.Note($"chart of '{matching[0].Describe()}' written to {path}");
        }

        return ExitCodes.Ok;
    }

    private int ChartNeedsSubject()
    {
        errors.Error("--chart needs a SUBJECT: 'assay estimates SUBJECT --chart FILE.svg'");
        return ExitCodes.Error;
    }
}
