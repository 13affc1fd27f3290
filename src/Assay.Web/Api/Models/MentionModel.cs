using Assay.Core.Sources;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>A name of an actor in the text, resolved to the actor.</summary>
public sealed record MentionModel(string Text, int Start, int End, string Actor, string ActorName, string Kind, string? Country, string Cue)
{
    /// <summary>The model of a mention.</summary>
    public static MentionModel From(Mention m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Text, m.Span.Start, m.Span.End, m.ActorId, m.ActorName, EnumNames.Of(m.Kind), m.Country, m.Cue);
    }
}
