using System.Globalization;
using Assay.Core.Claims;

namespace Assay.Cli.Rendering;

/// <summary>Certainty in ICD 203 estimative language (the bands of <see cref="EstimativeLanguage"/>).</summary>
internal static class CertaintyWords
{
    /// <summary>The band word for a certainty in 0..1.</summary>
    public static string Word(double certainty) => EstimativeLanguage.BandOf(certainty).Term;

    /// <summary>"likely 0.70".</summary>
    public static string WithNumber(double certainty) =>
        Word(certainty) + " " + certainty.ToString("0.00", CultureInfo.InvariantCulture);
}
