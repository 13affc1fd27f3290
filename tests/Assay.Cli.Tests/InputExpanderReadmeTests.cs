using Assay.Cli.Ingestion;

namespace Assay.Cli.Tests;

public sealed class InputExpanderReadmeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assay-expand-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Expand_Folder_SkipsReadmeButReadsItWhenNamed()
    {
        // Given a folder with an article and a README describing it
        var article = Path.Combine(_folder, "a.md");
        var readme = Path.Combine(_folder, "README.md");
        File.WriteAllText(article, "## A\n\nBody.");
        File.WriteAllText(readme, "# About these files");

        // When the folder is expanded, and when the README is named directly
        var (fromFolder, _) = InputExpander.Expand([_folder]);
        var (named, _) = InputExpander.Expand([readme]);

        // Then the folder gives only the article, and the named README is read
        Assert.Equal([article], fromFolder);
        Assert.Equal([readme], named);
    }
}
