using Assay.Core.Claims;

namespace Assay.Extraction.Annotators.Events;

/// <summary>A row of events.tsv: the event a trigger signals and whether it is a verb.</summary>
internal sealed record EventCue(EventType Type, bool IsVerb);
