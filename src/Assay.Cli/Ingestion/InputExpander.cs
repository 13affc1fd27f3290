using Assay.Interop.Feeds;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Assay.Cli.Ingestion;

/// <summary>Turns command-line paths (files, folders, globs) into the list of files to read.</summary>
internal static class InputExpander
{
    /// <summary>Extensions read when walking a folder or matching a glob; a file named directly is always read. Saved
    /// RSS and Atom feeds (<see cref="FeedFile.Extensions"/>) are read too, and only those: an XML file whose root is
    /// not a feed's is passed over.</summary>
    /// <remarks>README files are passed over the same way: a folder's README describes the folder, and stored as an
    /// article it would add its own claims, sources and search hits to the picture.</remarks>
    public static readonly IReadOnlySet<string> KnownExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl" };

    private static readonly char[] GlobChars = ['*', '?', '['];

    /// <summary>Expands <paramref name="paths"/> into distinct files in a stable order, and the paths that gave none; an
    /// http or https URL is passed through as it is, to be fetched by the reader.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<SkippedInput> Skipped) Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<SkippedInput>();
        foreach (var path in paths)
        {
            var found = FilesOf(path, out var reason);
            if (reason is not null)
            {
                skipped.Add(new SkippedInput(path, reason));
                continue;
            }

            foreach (var file in found)
            {
                if (seen.Add(IsUrl(file) ? file : Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return (files, skipped);
    }

    private static List<string> FilesOf(string path, out string? reason)
    {
        reason = null;
        if (IsUrl(path) || File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            var inFolder = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(IsArticleFile)
                .Order(StringComparer.Ordinal)
                .ToList();
            reason = inFolder.Count == 0 ? "folder holds no readable files (.txt .md .markdown .html .htm .json .jsonl, or RSS and Atom feeds in .xml .rss .atom)" : null;
            return inFolder;
        }

        if (path.IndexOfAny(GlobChars) >= 0)
        {
            var matched = Glob(path);
            reason = matched.Count == 0 ? "no files match this pattern" : null;
            return matched;
        }

        reason = "not found";
        return [];
    }

    private static List<string> Glob(string pattern)
    {
        // The matcher wants a root folder and a relative pattern: split at the first segment holding a wildcard.
        var normalised = pattern.Replace('\\', '/');
        var firstWildcard = normalised.IndexOfAny(GlobChars);
        var split = normalised.LastIndexOf('/', firstWildcard);
        var root = split < 0 ? "." : normalised[..split];
        if (root.Length == 0)
        {
            root = "/";
        }

        var relative = split < 0 ? normalised : normalised[(split + 1)..];
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relative);
        return matcher.GetResultsInFullPath(root)
            .Where(IsArticleFile)
            .Select(f => split < 0 ? Path.GetRelativePath(".", f) : f)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True for an http or https URL, which is fetched rather than looked for on disk.</summary>
    public static bool IsUrl(string path) =>
        path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static bool IsArticleFile(string path) =>
        (KnownExtensions.Contains(Path.GetExtension(path)) || FeedFile.IsFeed(path))
        && !string.Equals(Path.GetFileNameWithoutExtension(path), "README", StringComparison.OrdinalIgnoreCase);
}
