using Assay.Testing;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>The repository's samples/ ingested once with the real CLI into a temp store, shared by the tests of a class.</summary>
public sealed class SamplesStoreFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public SamplesStoreFixture()
    {
        Db = _temp.File("samples.db");
        Ingest = RealCli.Run("ingest", Samples, "--db", Db);
    }

    /// <summary>The samples folder of the repository.</summary>
    public static string Samples => SharedData.RepoPath("samples");

    /// <summary>The store the samples went into.</summary>
    internal string Db { get; }

    /// <summary>What the ingest printed and returned.</summary>
    internal CliOutcome Ingest { get; }

    /// <summary>Articles in samples/: one per file, one per non-blank line of a JSON Lines file; the folder's README
    /// describes the corpus and is not one of them.</summary>
    public static int ExpectedArticles() =>
        Directory.EnumerateFiles(Samples)
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.Ordinal))
            .Sum(f => Path.GetExtension(f) == ".jsonl" ? File.ReadLines(f).Count(l => !string.IsNullOrWhiteSpace(l)) : 1);

    /// <summary>A copy of the samples store in <paramref name="folder"/>, for a test that changes it.</summary>
    internal string CopyTo(TempFolder folder)
    {
        var db = folder.File(Guid.NewGuid().ToString("N") + ".db");
        using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        using (var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        return db;
    }

    public void Dispose() => _temp.Dispose();
}
