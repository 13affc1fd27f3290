namespace Assay.Analysis.Briefing;

/// <summary>How serious an estimative-language finding is.</summary>
public enum LintSeverity
{
    /// <summary>Allowed with a disclaimer (mixed rows of the ICD 203 table).</summary>
    Warning,

    /// <summary>Not allowed in a product (likelihood and confidence in one sentence).</summary>
    Error,
}
