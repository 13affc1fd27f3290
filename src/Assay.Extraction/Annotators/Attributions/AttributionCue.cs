using Assay.Core.Claims;

namespace Assay.Extraction.Annotators.Attributions;

/// <summary>A row of attribution-cues.tsv: how a cue phrase credits a statement.</summary>
internal sealed record AttributionCue(AttributionRole Role, Stance? Stance, string Name);
