namespace Assay.Corpus.Tests;

/// <summary>A corpus folder written once per test class into a temporary directory, deleted afterwards.</summary>
public sealed class CorpusFolder : IDisposable
{
    public const int Count = 4_000;

    public const int Seed = 7;

    public CorpusFolder()
    {
        Directory = Path.Combine(Path.GetTempPath(), "assay-corpus-" + Guid.NewGuid().ToString("N"));
        Manifest = CorpusWriter.Write(Directory, Count, Seed);
    }

    public string Directory { get; }

    public CorpusManifest Manifest { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
