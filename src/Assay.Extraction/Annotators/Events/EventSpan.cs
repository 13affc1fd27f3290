using Assay.Core.Claims;
using Assay.Core.Text;

namespace Assay.Extraction.Annotators.Events;

/// <summary>An event trigger with the roles found around it.</summary>
/// <param name="Sentence">Index of the sentence it stands in.</param>
/// <param name="Trigger">The trigger word ("deployed", "killed").</param>
/// <param name="Type">Event type.</param>
/// <param name="CueName">Lexicon entry ("deploy:sent").</param>
/// <param name="Agent">Actor id of who acts, when found.</param>
/// <param name="Theme">What is acted on ("troops"), when found.</param>
/// <param name="Location">Actor id or name of where, when found.</param>
public sealed record EventSpan(
    int Sentence,
    TextSpan Trigger,
    EventType Type,
    string CueName,
    string? Agent,
    string? Theme,
    string? Location)
{
    /// <summary>The rule that set <see cref="Agent"/> when it is not simply the nearest party named before the trigger
    /// ("agent:of-owner" for "the dispatch of the DPRK's army"), else null.</summary>
    public string? AgentCue { get; init; }
}
