using System.Text;
using Markdig.Syntax.Inlines;

namespace Assay.Extraction.Reading;

/// <summary>Flattens Markdig inlines to plain text: emphasis and links keep their words, HTML tags and images go.</summary>
internal static class MarkdownInlineText
{
    // Deeper nesting than this is pathological input; its text is dropped rather than risk the stack.
    private const int MaxDepth = 64;

    /// <summary>Plain text of <paramref name="inline"/>.</summary>
    public static string Flatten(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(builder, inline, 0);
        return builder.ToString();
    }

    /// <summary>The text of a bold run ending the paragraph after other text (a photo credit), else null.</summary>
    public static string? TrailingStrong(ContainerInline? inline)
    {
        if (inline is null)
        {
            return null;
        }

        var last = inline.LastChild;
        while (last is LiteralInline literal && literal.Content.IsEmptyOrWhitespace() || last is LineBreakInline)
        {
            last = last.PreviousSibling;
        }

        if (last is EmphasisInline { DelimiterCount: 2 } strong && last.PreviousSibling is not null)
        {
            return Flatten(strong).Trim();
        }

        return null;
    }

    private static void Append(StringBuilder builder, Inline? inline, int depth)
    {
        if (inline is null || depth > MaxDepth)
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                builder.Append(' ');
                break;
            case LinkInline { IsImage: true }:
            case HtmlInline:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(builder, child, depth + 1);
                }

                break;
        }
    }
}
