using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay demo</c>.</summary>
internal sealed class DemoSettings : GlobalSettings
{
    /// <summary>The demo database when --db is not given; ASSAY_DB is ignored because the file is deleted first.</summary>
    public const string DefaultDemoDb = ".tmp/demo.db";

    [CommandArgument(0, "[PATH]")]
    [Description("Folder of articles; default samples/ in the current directory or the repository root.")]
    public string? Path { get; init; }

    /// <summary>The database the demo recreates.</summary>
    public string DemoDbPath => string.IsNullOrWhiteSpace(Db) ? DefaultDemoDb : Db;

    /// <summary>The folder to ingest, or null when none is found.</summary>
    public string? ResolveSamples(string currentDirectory) =>
        !string.IsNullOrWhiteSpace(Path) ? Path : FindSamples(currentDirectory);

    /// <summary>The repository's samples/ folder: in <paramref name="currentDirectory"/> or a folder above it, up to
    /// the repository root; null when there is none.</summary>
    public static string? FindSamples(string currentDirectory)
    {
        for (var dir = new DirectoryInfo(currentDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = System.IO.Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(samples))
            {
                return samples;
            }

            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Assay.slnx")))
            {
                return null;
            }
        }

        return null;
    }
}
