using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Testing;
using Assay.Workspace;

namespace Assay.Web.Tests.Support;

/// <summary>A temp SQLite store holding the repository's samples/, read and extracted by the real readers and pipeline.</summary>
/// <remarks>Shared by the web and interop tests (linked into Assay.Interop.Tests).</remarks>
public sealed class SamplesWorkspace : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("assay-web-");

    public SamplesWorkspace()
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

    /// <summary>A copy of the store in the same folder, for a test that changes it.</summary>
    public string Copy()
    {
        var copy = Path.Combine(_folder.FullName, Guid.NewGuid().ToString("N") + ".db");
        using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        using (var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        return copy;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
