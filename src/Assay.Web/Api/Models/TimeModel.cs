using Assay.Core.Time;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>A time expression in the text with its resolved ISO 8601 value.</summary>
public sealed record TimeModel(string Text, int Start, int End, string Value, string Granularity, string Relation, string Cue)
{
    /// <summary>The model of a time expression.</summary>
    public static TimeModel From(TimeRef t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Text, t.Span.Start, t.Span.End, t.Value, EnumNames.Of(t.Granularity), EnumNames.Of(t.Relation), t.Cue);
    }
}
