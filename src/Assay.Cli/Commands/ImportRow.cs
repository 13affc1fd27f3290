namespace Assay.Cli.Commands;

/// <summary>What importing one file did, as 'assay import' prints it (and --json writes it).</summary>
/// <param name="File">The file imported.</param>
/// <param name="Stored">Articles new to the store (fetched links included).</param>
/// <param name="AlreadyStored">Articles already stored, left unchanged.</param>
/// <param name="Grades">Grades recorded.</param>
/// <param name="Resolutions">Resolutions recorded.</param>
/// <param name="Warnings">Objects skipped and why.</param>
/// <param name="LinksToFetch">Reports with only a URL, not fetched.</param>
/// <param name="Problems">What was refused and why, one line each naming the file.</param>
internal sealed record ImportRow(
    string File,
    int Stored,
    int AlreadyStored,
    int Grades,
    int Resolutions,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> LinksToFetch,
    IReadOnlyList<string> Problems)
{
    /// <summary>A file refused whole.</summary>
    public static ImportRow Refused(string file, string problem) => new(file, 0, 0, 0, 0, [], [], [problem]);
}
