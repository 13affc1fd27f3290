using Assay.Core.Quantities;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>A number in the text: its bounds (a range stays a range), qualifier, what it counts and where.</summary>
public sealed record QuantityModel(string Text, int Start, int End, double? Low, double? High, string Qualifier, string? Counted, string? Scope, string Cue)
{
    /// <summary>The model of a quantity.</summary>
    public static QuantityModel From(Quantity q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new(q.Text, q.Span.Start, q.Span.End, q.Low, q.High, EnumNames.Of(q.Qualifier), q.Counted, q.Scope, q.Cue);
    }
}
