namespace Assay.Analysis.Reliability;

/// <summary>An analyst's resolution of a proposition, as recorded in the history.</summary>
/// <param name="DecisionId">The decision's number in the history.</param>
/// <param name="Anchor">The proposition's earliest claim ("20/c5"): proposition ids follow grouping, the claim does not.</param>
/// <param name="Outcome">Confirmed or refuted.</param>
/// <param name="Value">The true figure, when the analyst gave one: interval claims on the subject are scored against it.</param>
/// <param name="At">When it was resolved.</param>
/// <param name="Note">The analyst's note.</param>
public sealed record Resolution(long DecisionId, string Anchor, ResolutionOutcome Outcome, double? Value, DateTimeOffset At, string? Note);
