namespace Assay.Interop.Stix;

/// <summary>The ISO 3166-1 alpha-2 code of each state in Assay's actor lexicon, from the data file
/// Stix/Data/country-codes.tsv: STIX <c>location</c> objects name countries by these codes.</summary>
internal static class CountryCodes
{
    private static readonly Lazy<Dictionary<string, string>> All = new(Load);

    /// <summary>The code of the state with actor id <paramref name="actorId"/> ("north-korea" → "KP"), or null.</summary>
    public static string? Of(string actorId) => All.Value.GetValueOrDefault(actorId);

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(CountryCodes).Assembly.GetManifestResourceStream("Assay.Interop.Stix.Data.country-codes.tsv")
            ?? throw new InvalidOperationException("country-codes.tsv is not embedded in Assay.Interop.");
        using var reader = new StreamReader(stream);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            codes[f[0]] = f[1];
        }

        return codes;
    }
}
