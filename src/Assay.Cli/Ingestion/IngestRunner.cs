using Spectre.Console;

namespace Assay.Cli.Ingestion;

/// <summary>Runs an <see cref="Ingester"/> with a progress bar when a person is watching and there is enough to wait for.</summary>
internal static class IngestRunner
{
    /// <summary>Above this many files an interactive terminal gets a progress bar.</summary>
    public const int ProgressThreshold = 20;

    /// <summary>Expands <paramref name="paths"/>, ingests them and returns the report.</summary>
    public static IngestReport Run(IAnsiConsole console, Ingester ingester, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(ingester);
        var (files, skipped) = InputExpander.Expand(paths);
        if (!console.Profile.Capabilities.Interactive || files.Count <= ProgressThreshold)
        {
            return ingester.Run(files, skipped);
        }

        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingesting", maxValue: files.Count);
                return ingester.Run(files, skipped, _ => task.Increment(1));
            });
    }
}
