using System.Globalization;

namespace Assay.Core.Claims;

/// <summary>The three confidence levels Assay states beside a judgment, from its data file Data/estimative-confidence.tsv.</summary>
public static class ConfidenceLevels
{
    private static readonly Lazy<ConfidenceLevel[]> All = new(Load);

    /// <summary>Low, moderate and high, in that order.</summary>
    public static IReadOnlyList<ConfidenceLevel> Levels => All.Value;

    /// <summary>Low confidence.</summary>
    public static ConfidenceLevel Low => Find("low")!;

    /// <summary>Moderate confidence.</summary>
    public static ConfidenceLevel Moderate => Find("moderate")!;

    /// <summary>High confidence.</summary>
    public static ConfidenceLevel High => Find("high")!;

    /// <summary>The level with this machine value, in any case, or null.</summary>
    public static ConfidenceLevel? Find(string value) =>
        All.Value.FirstOrDefault(l => l.Value.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static ConfidenceLevel[] Load()
    {
        using var stream = typeof(ConfidenceLevels).Assembly.GetManifestResourceStream("Assay.Core.Data.estimative-confidence.tsv")
            ?? throw new InvalidOperationException("estimative-confidence.tsv is not embedded in Assay.Core.");
        using var reader = new StreamReader(stream);
        var levels = new List<ConfidenceLevel>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            levels.Add(new ConfidenceLevel(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), f[3]));
        }

        return [.. levels];
    }
}
