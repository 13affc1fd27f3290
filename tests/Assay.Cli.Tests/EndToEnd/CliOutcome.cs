using System.Globalization;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>What one CLI run printed and returned.</summary>
internal sealed record CliOutcome(int Exit, string Out, string Err)
{
    /// <summary>Stdout split into lines, line endings normalised.</summary>
    public IReadOnlyList<string> OutLines => Out.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>The "file: reason" lines listed under "skipped:" by ingest and demo.</summary>
    public IReadOnlyList<string> SkipLines => OutLines
        .SkipWhile(l => l.Trim() != "skipped:")
        .Skip(1)
        .TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
        .Select(l => l[2..])
        .ToList();

    /// <summary>The four numbers of the ingest summary table: read, stored (new), already stored, skipped.</summary>
    public (int Read, int Stored, int AlreadyStored, int Skipped) IngestCounts()
    {
        foreach (var line in OutLines)
        {
            var cells = line.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length == 4 && cells.All(c => int.TryParse(c, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _)))
            {
                var n = cells.Select(c => int.Parse(c, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray();
                return (n[0], n[1], n[2], n[3]);
            }
        }

        throw new Xunit.Sdk.XunitException("No ingest summary row in the output:\n" + Out);
    }
}
