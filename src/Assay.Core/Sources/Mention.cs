using Assay.Core.Text;

namespace Assay.Core.Sources;

/// <summary>A span of text naming an actor, resolved to that actor's canonical identity.</summary>
/// <param name="Span">Where the name stands in the article text.</param>
/// <param name="Text">The words as written ("Pyongyang").</param>
/// <param name="ActorId">Stable id of the actor ("north-korea"), or a slug of the name for unknown candidates.</param>
/// <param name="ActorName">Canonical name ("North Korea").</param>
/// <param name="Kind">State, organisation, person and so on.</param>
/// <param name="Country">Id of the state the actor belongs to, when known ("south-korea" for the NIS).</param>
/// <param name="Cue">The lexicon entry or rule that produced the mention ("capital:Pyongyang").</param>
public sealed record Mention(
    TextSpan Span,
    string Text,
    string ActorId,
    string ActorName,
    ActorKind Kind,
    string? Country,
    string Cue);
