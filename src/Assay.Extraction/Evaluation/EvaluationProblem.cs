namespace Assay.Extraction.Evaluation;

/// <summary>An input the evaluation could not use (malformed gold file, unreadable article), with its reason.</summary>
/// <param name="File">The file at fault.</param>
/// <param name="Message">One sentence naming the file and what is wrong.</param>
public sealed record EvaluationProblem(string File, string Message);
