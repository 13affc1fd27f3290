using Assay.Core.Claims;

namespace Assay.Extraction.Annotators.Events;

/// <summary>A row of events.tsv: the event a trigger signals, whether it is a verb, and the cue name events carry
/// ("verb:deployed"), made once per row rather than per event.</summary>
internal sealed record EventCue(EventType Type, bool IsVerb, string Name);
