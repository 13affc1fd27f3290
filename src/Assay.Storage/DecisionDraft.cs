namespace Assay.Storage;

/// <summary>A decision about to be recorded.</summary>
/// <param name="Kind">What kind of decision ("merge", "split").</param>
/// <param name="Subject">What it is about (a claim reference "12/c3", a source name).</param>
/// <param name="Other">The second party, where there is one.</param>
/// <param name="Value">The decision's value, where it has one.</param>
/// <param name="Note">The analyst's note.</param>
public sealed record DecisionDraft(string Kind, string Subject, string? Other = null, string? Value = null, string? Note = null);
