using Assay.Cli.Infrastructure;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Workspace;
using Spectre.Console.Testing;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>Runs the CLI in-process with the real readers, pipeline and SQLite store, on fresh test consoles.</summary>
internal static class RealCli
{
    /// <summary>Wide enough that titles and skip lines are not wrapped.</summary>
    public const int Width = 200;

    public static CliOutcome Run(params string[] args) => RunWith(null, args);

    /// <summary>Runs with an embedder factory for the story commands (none: lexical grouping only).</summary>
    public static CliOutcome RunWith(EmbedderFactory? embedders, params string[] args)
    {
        var stdout = new TestConsole().Width(Width);
        var stderr = new TestConsole().Width(Width);
        var app = AssayApp.Create(
            stdout,
            new ErrorConsole(stderr, verbose: false),
            StoreFactory.Open,
            path => ArticleReader.Default.ReadFile(path),
            ExtractionPipeline.Default,
            embedders);
        var exit = app.Run(args);
        return new CliOutcome(exit, stdout.Output, stderr.Output);
    }
}
