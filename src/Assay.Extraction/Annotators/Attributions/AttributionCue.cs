using Assay.Core.Claims;

namespace Assay.Extraction.Annotators.Attributions;

/// <summary>A row of attribution-cues.tsv: how a cue phrase credits a statement.</summary>
internal sealed record AttributionCue(AttributionRole Role, Stance? Stance, string Name)
{
    /// <summary>True when the cue's word may also be a noun ("its public estimate"); set once at load, as every match
    /// asks.</summary>
    public bool IsAmbiguousVerb { get; init; }
}
