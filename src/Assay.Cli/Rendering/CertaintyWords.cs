using System.Globalization;

namespace Assay.Cli.Rendering;

/// <summary>Certainty in ICD 203 estimative language, with the band edges of the MISP estimative-language taxonomy.</summary>
internal static class CertaintyWords
{
    // Lower band edges in percent, as the taxonomy's numerical_value gives them.
    private static readonly (int Edge, string Word)[] Bands =
    [
        (95, "almost certain"),
        (80, "very likely"),
        (55, "likely"),
        (45, "roughly even chance"),
        (20, "unlikely"),
        (5, "very unlikely"),
        (0, "almost no chance"),
    ];

    /// <summary>The band word for a certainty in 0..1.</summary>
    public static string Word(double certainty)
    {
        var percent = Math.Clamp(certainty, 0, 1) * 100;
        foreach (var (edge, word) in Bands)
        {
            if (percent >= edge)
            {
                return word;
            }
        }

        return Bands[^1].Word;
    }

    /// <summary>"likely 0.70".</summary>
    public static string WithNumber(double certainty) =>
        Word(certainty) + " " + certainty.ToString("0.00", CultureInfo.InvariantCulture);
}
