namespace Assay.Testing;

/// <summary>Finds the repository root and the shared folder beside it (../shared), which holds the seed
/// article and the official vocabularies; those files are read from there and never copied in.</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository root (the folder holding Assay.slnx).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The shared folder beside the repository, whether or not it exists.</summary>
    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>True when the shared folder is present.</summary>
    public static bool Available => Directory.Exists(Folder);

    /// <summary>Why tests that need the shared folder are skipped, or null when they run.</summary>
    /// <remarks>Under CI (CI=true) they never skip: a missing folder makes them fail instead.</remarks>
    public static string? SkipReason =>
        Available || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"The shared folder {Folder} is absent: the seed article and official vocabularies are read from there.";

    /// <summary>Path of a file under the shared folder.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Folder, .. parts]);

    /// <summary>Path of the seed article.</summary>
    public static string SeedArticle => PathOf("seeds", "000_f05a7119bd12d99d.txt");

    /// <summary>Path of a file under the repository root.</summary>
    public static string RepoPath(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Assay.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Assay.slnx not found above " + AppContext.BaseDirectory);
    }
}
