using Assay.Analysis.Estimates;
using Assay.Core.Claims;
using Assay.Core.Sources;

namespace Assay.Interop.Misp;

/// <summary>MISP machinetags from Assay's own vocabulary data files (Data/admiralty-scale.tsv, estimative-language.tsv,
/// estimative-confidence.tsv), which a test checks against the official misp-taxonomies: nothing here spells a value.</summary>
internal static class MispTags
{
    /// <summary>The taxonomy namespace of the Admiralty code.</summary>
    public const string Admiralty = "admiralty-scale";

    /// <summary>The taxonomy namespace of ICD 203 estimative language.</summary>
    public const string Estimative = "estimative-language";

    /// <summary>The estimative-language predicate of likelihood bands.</summary>
    public const string Likelihood = "likelihood-probability";

    /// <summary>The estimative-language predicate of confidence levels.</summary>
    public const string Confidence = "confidence-in-analytic-judgment";

    /// <summary>admiralty-scale:source-reliability="b".</summary>
    public static string Reliability(ReliabilityGrade grade)
    {
        var level = AdmiraltyScale.FindReliability(grade.ToString())
            ?? throw new InvalidOperationException($"Grade {grade} is missing from admiralty-scale.tsv.");
        return Tag(Admiralty, AdmiraltyScale.ReliabilityScale, level.Value);
    }

    /// <summary>admiralty-scale:information-credibility="2".</summary>
    public static string Credibility(int digit)
    {
        var level = AdmiraltyScale.FindCredibility(digit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new ArgumentOutOfRangeException(nameof(digit), digit, "Credibility digits run 1–6.");
        return Tag(Admiralty, AdmiraltyScale.CredibilityScale, level.Value);
    }

    /// <summary>estimative-language:likelihood-probability="likely".</summary>
    public static string Probability(EstimativeBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return Tag(Estimative, Likelihood, band.Value);
    }

    /// <summary>estimative-language:confidence-in-analytic-judgment="moderate".</summary>
    public static string ConfidenceIn(ConfidenceLevel level)
    {
        ArgumentNullException.ThrowIfNull(level);
        return Tag(Estimative, Confidence, level.Value);
    }

    private static string Tag(string ns, string predicate, string value) => $"{ns}:{predicate}=\"{value}\"";
}
