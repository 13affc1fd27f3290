using Assay.Analysis.Story;

namespace Assay.Analysis.Briefing;

/// <summary>One sentence of a briefing with the claims it rests on.</summary>
/// <param name="Text">The sentence, plain text (writers encode it).</param>
/// <param name="Refs">The claims it rests on, in reading order; empty only for a structural sentence.</param>
public sealed record BriefingSentence(string Text, IReadOnlyList<ClaimRef> Refs)
{
    /// <summary>True for a statement about the briefing itself ("Nothing new since …"), which rests on no claim.</summary>
    public bool Structural { get; init; }

    /// <summary>A sentence about the briefing itself, resting on no claim.</summary>
    public static BriefingSentence StructuralText(string text) => new(text, []) { Structural = true };
}
