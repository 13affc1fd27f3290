using Assay.Core.Claims;

namespace Assay.Extraction.Annotators.Attributions;

/// <summary>A row of attribution-cues.tsv: how a cue phrase credits a statement.</summary>
internal sealed record AttributionCue(AttributionRole Role, Stance? Stance, string Name)
{
    /// <summary>True when the cue's word may also be a noun ("its public estimate"); set once at load, as every match
    /// asks.</summary>
    public bool IsAmbiguousVerb { get; init; }

    /// <summary>True when the cue withholds what it would confirm: a refusal ("declined to confirm") or an inability
    /// ("could not confirm", "was unable to verify"). It is read negated, as "did not confirm" is.</summary>
    public bool Withholds { get; init; }

    /// <summary>True when the cue credits only with a word of scorn after it in its clause ("described reports of the
    /// deployment as fake"); its name ends in "-scorned".</summary>
    public bool NeedsScorn { get; init; }
}
