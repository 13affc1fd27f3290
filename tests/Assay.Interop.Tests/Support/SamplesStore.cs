using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Testing;
using Assay.Workspace;

namespace Assay.Interop.Tests.Support;

/// <summary>A temp SQLite store holding the repository's samples/, read and extracted by the real readers and
/// pipeline; shared by the tests of a class through <c>IClassFixture</c>.</summary>
public sealed class SamplesStore : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("assay-interop-");

    public SamplesStore()
    {
        Db = Path.Combine(_folder.FullName, "samples.db");
        using var store = StoreFactory.Open(Db);
        var files = Directory.EnumerateFiles(SharedData.RepoPath("samples"))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var outcomes = ArticleIntake.Store(store, ArticleReader.Default.ReadFile(file), ExtractionPipeline.Default);
            if (outcomes.FirstOrDefault(o => o.Error is not null) is { } failed)
            {
                throw new InvalidOperationException($"{failed.Location}: {failed.Error}");
            }
        }
    }

    /// <summary>The store's path.</summary>
    public string Db { get; }

    /// <summary>A fresh empty store's path in the same folder.</summary>
    public string NewDb() => Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".db");

    public void Dispose() => _folder.Delete(recursive: true);
}
