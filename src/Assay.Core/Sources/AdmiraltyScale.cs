using System.Globalization;

namespace Assay.Core.Sources;

/// <summary>The Admiralty (NATO) code Assay grades with, from its data file Data/admiralty-scale.tsv: source
/// reliability A–F (and G, deliberately deceptive) and information credibility 1–6.</summary>
public static class AdmiraltyScale
{
    /// <summary>The taxonomy's name of the reliability scale.</summary>
    public const string ReliabilityScale = "source-reliability";

    /// <summary>The taxonomy's name of the credibility scale.</summary>
    public const string CredibilityScale = "information-credibility";

    private static readonly Lazy<AdmiraltyLevel[]> All = new(Load);

    /// <summary>Source-reliability levels A to G, in order.</summary>
    public static IReadOnlyList<AdmiraltyLevel> Reliability => [.. All.Value.Where(l => l.Scale == ReliabilityScale)];

    /// <summary>Information-credibility levels 1 to 6, in order.</summary>
    public static IReadOnlyList<AdmiraltyLevel> Credibility => [.. All.Value.Where(l => l.Scale == CredibilityScale)];

    /// <summary>The reliability level written <paramref name="code"/> ("B", "b"), or null.</summary>
    public static AdmiraltyLevel? FindReliability(string code) => Find(ReliabilityScale, code);

    /// <summary>The credibility level written <paramref name="code"/> ("2"), or null.</summary>
    public static AdmiraltyLevel? FindCredibility(string code) => Find(CredibilityScale, code);

    private static AdmiraltyLevel? Find(string scale, string code) =>
        All.Value.FirstOrDefault(l => l.Scale == scale && l.Value.Equals(code?.Trim(), StringComparison.OrdinalIgnoreCase));

    private static AdmiraltyLevel[] Load()
    {
        using var stream = typeof(AdmiraltyScale).Assembly.GetManifestResourceStream("Assay.Core.Data.admiralty-scale.tsv")
            ?? throw new InvalidOperationException("admiralty-scale.tsv is not embedded in Assay.Core.");
        using var reader = new StreamReader(stream);
        var levels = new List<AdmiraltyLevel>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            levels.Add(new AdmiraltyLevel(f[0], f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), f[4]));
        }

        return [.. levels];
    }
}
