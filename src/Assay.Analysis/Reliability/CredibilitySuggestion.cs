namespace Assay.Analysis.Reliability;

/// <summary>A suggested Admiralty credibility digit for a proposition, with the rule that gave it.</summary>
/// <param name="Digit">1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.</param>
/// <param name="Reason">Why, naming the origins and grades the rule looked at.</param>
public sealed record CredibilitySuggestion(int Digit, string Reason);
