using Assay.Cli.Infrastructure;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Storage;
using Spectre.Console.Testing;

namespace Assay.Cli.Tests.Support;

/// <summary>Runs the CLI in-process against test consoles (120 columns) and the given fakes.</summary>
internal sealed class CliRun
{
    public TestConsole Out { get; } = new TestConsole().Width(120);

    public TestConsole Err { get; } = new TestConsole().Width(120);

    public FakeStore Store { get; } = new();

    /// <summary>Reads a file as one plain-text article (the real readers are not in this build).</summary>
    public FileReader Reader { get; set; } = path => File.Exists(path)
        ? [ReadResult.Ok(path, Core.Articles.Article.FromText(File.ReadAllText(path)) with { Title = Path.GetFileNameWithoutExtension(path), Location = path })]
        : [ReadResult.Fail(path, "not found")];

    public StoreOpener OpenStore { get; set; }

    public ExtractionPipeline Pipeline { get; set; } = ExtractionPipeline.Default;

    public CliRun() => OpenStore = _ => Store;

    public int Run(params string[] args) =>
        AssayApp.Create(Out, new ErrorConsole(Err, verbose: false), OpenStore, Reader, Pipeline).Run(args);

    private static readonly Lazy<string> EmptyDb = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "assay-cli-tests-empty.db");
        File.WriteAllText(path, string.Empty);
        return path;
    });

    /// <summary>An existing (empty) file to pass as --db, so read-only commands accept it; the fake store ignores it.</summary>
    public static string ExistingDb() => EmptyDb.Value;
}
