using Assay.Core.Sources;
using Assay.Core.Text;

namespace Assay.Core.Claims;

/// <summary>One attributed statement in one article, with its evidence span.</summary>
/// <remarks>
/// <see cref="Certainty"/> is 0..1: how strongly the text commits to the statement after hedges, stance
/// and negation, not how likely it is to be true. <see cref="QuantityIndex"/> and <see cref="TimeIndex"/>
/// point into the extraction's lists.
/// </remarks>
public sealed record Claim
{
    /// <summary>Stable id within the article ("c3").</summary>
    public required string Id { get; init; }

    /// <summary>Evidence span: the sentence (or clause) the claim rests on.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The evidence text as written.</summary>
    public required string Text { get; init; }

    /// <summary>Event type.</summary>
    public EventType Event { get; init; }

    /// <summary>Who acts (actor id), when found.</summary>
    public string? Agent { get; init; }

    /// <summary>What is acted on or moved ("troops"), when found.</summary>
    public string? Theme { get; init; }

    /// <summary>Where (actor id of a place or a place name), when found.</summary>
    public string? Location { get; init; }

    /// <summary>Index into the extraction's quantities, or null.</summary>
    public int? QuantityIndex { get; init; }

    /// <summary>Index into the extraction's times, or null.</summary>
    public int? TimeIndex { get; init; }

    /// <summary>Who the claim is credited to ("South Korea's National Intelligence Service"), or the outlet.</summary>
    public required string Source { get; init; }

    /// <summary>Actor id of the source, when it resolves to one.</summary>
    public string? SourceActor { get; init; }

    /// <summary>Kind of source.</summary>
    public SourceType SourceType { get; init; }

    /// <summary>Intermediaries between source and outlet, nearest the outlet first ("Yonhap" in "Yonhap, citing the NIS").</summary>
    public IReadOnlyList<string> Via { get; init; } = [];

    /// <summary>How the source holds the statement.</summary>
    public Stance Stance { get; init; }

    /// <summary>0..1, from hedges and stance.</summary>
    public double Certainty { get; init; } = 1.0;

    /// <summary>Every cue that shaped the claim ("attrib:based-on", "hedge:seemingly", "refute:did-not-stand-up").</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>True when a cue starts with <paramref name="prefix"/> ("attrib:not:", "recap:").</summary>
    public bool HasCue(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        foreach (var cue in Cues)
        {
            if (cue.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
