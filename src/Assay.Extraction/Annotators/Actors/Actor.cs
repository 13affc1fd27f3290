using Assay.Core.Sources;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>One entry of the actor lexicon: a state, organisation or person with its canonical identity.</summary>
/// <param name="Id">Stable slug ("north-korea", "south-korea-nis").</param>
/// <param name="Name">Canonical name ("North Korea", "National Intelligence Service (South Korea)").</param>
/// <param name="Kind">State, organisation, media, alliance or person.</param>
/// <param name="Country">Id of the state the actor belongs to; a state's own id for a state; null for alliances.</param>
/// <param name="SourceType">The kind of authority a claim credited to this actor carries, when the lexicon says.</param>
public sealed record Actor(string Id, string Name, ActorKind Kind, string? Country, SourceType? SourceType);
