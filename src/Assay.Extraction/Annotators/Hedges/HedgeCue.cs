using Assay.Core.Claims;

namespace Assay.Extraction.Annotators.Hedges;

/// <summary>A row of hedges.tsv: the certainty and stance a cue signals.</summary>
internal sealed record HedgeCue(double? Certainty, Stance? Stance, string Name);
