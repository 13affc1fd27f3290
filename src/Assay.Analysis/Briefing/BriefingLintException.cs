namespace Assay.Analysis.Briefing;

/// <summary>Thrown by a briefing writer asked to print a sentence that breaks the estimative-language rules.</summary>
public sealed class BriefingLintException : Exception
{
    /// <summary>Creates the exception for the first error found.</summary>
    public BriefingLintException(LintViolation violation)
        : base($"The briefing breaks an estimative-language rule: {violation?.Message} in \"{violation?.Sentence}\"")
    {
        ArgumentNullException.ThrowIfNull(violation);
        Violation = violation;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public BriefingLintException()
        : this(new LintViolation(LintSeverity.Error, "", "unspecified"))
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public BriefingLintException(string message)
        : base(message)
    {
        Violation = new LintViolation(LintSeverity.Error, "", message);
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public BriefingLintException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violation = new LintViolation(LintSeverity.Error, "", message);
    }

    /// <summary>The finding that stopped the writer.</summary>
    public LintViolation Violation { get; }

    /// <summary>The offending sentence.</summary>
    public string Sentence => Violation.Sentence;
}
