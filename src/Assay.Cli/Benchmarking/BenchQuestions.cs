namespace Assay.Cli.Benchmarking;

/// <summary>What the query benchmark asks: counted subjects, sources and full-text search words.</summary>
internal sealed record BenchQuestions(IReadOnlyList<string> Subjects, IReadOnlyList<string> Sources, IReadOnlyList<string> SearchTerms);
