using Assay.Core.Text;

namespace Assay.Web.Api.Models;

/// <summary>A span of the article text: UTF-16 offsets, end exclusive.</summary>
public sealed record SpanModel(int Start, int End)
{
    /// <summary>The span's offsets.</summary>
    public static SpanModel From(TextSpan span) => new(span.Start, span.End);
}
