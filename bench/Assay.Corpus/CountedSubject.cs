namespace Assay.Corpus;

/// <summary>Something a story counts ("North Korean troops", "displaced people", aid in dollars).</summary>
/// <param name="Noun">The counted noun phrase as written after a number.</param>
/// <param name="Estimate">The best estimate at the end of the story's timeline.</param>
/// <param name="Participle">What happened to them, after "had been" ("deployed to").</param>
/// <param name="IsMoney">True when the count is an amount of US dollars ("$1.2bn in aid").</param>
public sealed record CountedSubject(string Noun, double Estimate, string Participle, bool IsMoney);
