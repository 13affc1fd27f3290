using Assay.Core.Time;

namespace Assay.Extraction.Annotators.Times;

/// <summary>A time expression found at some tokens, before its relation words are added.</summary>
/// <param name="Start">First token.</param>
/// <param name="End">Token just past the expression.</param>
/// <param name="Value">ISO value.</param>
/// <param name="Granularity">Day, month or year.</param>
/// <param name="Cue">The rule that matched.</param>
internal readonly record struct TimeMatch(int Start, int End, string Value, TimeGranularity Granularity, string Cue);
