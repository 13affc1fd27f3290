namespace Assay.Analysis.Briefing;

/// <summary>One estimative-language finding in one sentence.</summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="Message">What is wrong, naming the words found.</param>
public sealed record LintViolation(LintSeverity Severity, string Sentence, string Message);
