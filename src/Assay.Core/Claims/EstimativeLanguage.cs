using System.Globalization;
using System.Reflection;

namespace Assay.Core.Claims;

/// <summary>The ICD 203 likelihood bands Assay speaks in, from its data file Data/estimative-language.tsv.</summary>
public static class EstimativeLanguage
{
    private static readonly Lazy<EstimativeBand[]> All = new(Load);

    /// <summary>The bands from least to most likely.</summary>
    public static IReadOnlyList<EstimativeBand> Bands => All.Value;

    /// <summary>The band a certainty in 0..1 falls in (values outside 0..1 are clamped).</summary>
    public static EstimativeBand BandOf(double certainty)
    {
        var c = Math.Clamp(certainty, 0, 1);
        foreach (var band in Bands)
        {
            if (band.Contains(c))
            {
                return band;
            }
        }

        return Bands[^1];
    }

    /// <summary>The band with this machine value, or null.</summary>
    public static EstimativeBand? Find(string value)
    {
        foreach (var band in Bands)
        {
            if (band.Value.Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return band;
            }
        }

        return null;
    }

    private static EstimativeBand[] Load()
    {
        var assembly = typeof(EstimativeLanguage).Assembly;
        using var stream = assembly.GetManifestResourceStream("Assay.Core.Data.estimative-language.tsv")
            ?? throw new InvalidOperationException("estimative-language.tsv is not embedded in Assay.Core.");
        using var reader = new StreamReader(stream);
        var bands = new List<EstimativeBand>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            var low = int.Parse(f[2], CultureInfo.InvariantCulture);
            var high = int.Parse(f[3], CultureInfo.InvariantCulture);
            bands.Add(new EstimativeBand(f[0], f[1], low, high, f[4])
            {
                DisplayLowPercent = f.Length > 5 ? int.Parse(f[5], CultureInfo.InvariantCulture) : low,
                DisplayHighPercent = f.Length > 6 ? int.Parse(f[6], CultureInfo.InvariantCulture) : high,
                Synonyms = f.Length > 7 ? List(f[7]) : [],
                Forms = f.Length > 8 ? List(f[8]) : [f[1]],
            });
        }

        return [.. bands];
    }

    private static string[] List(string field) => field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
