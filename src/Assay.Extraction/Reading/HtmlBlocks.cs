using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Assay.Extraction.Reading;

/// <summary>Walks cleaned article HTML into body blocks and captions, block element by block element.</summary>
internal static class HtmlBlocks
{
    private const int MaxDepth = 256;

    private static readonly HashSet<string> Skipped = new(
        ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "NAV", "FOOTER", "ASIDE", "FORM", "BUTTON", "SVG", "IFRAME", "OBJECT", "SELECT", "HEADER", "MENU"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Blocks = new(
        ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "DIV", "SECTION", "ARTICLE", "MAIN", "UL", "OL", "DL",
         "TABLE", "TR", "TD", "TH", "TBODY", "THEAD", "FIGURE", "FIGCAPTION", "HR", "BR", "CENTER", "ADDRESS"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds the blocks of <paramref name="root"/> to <paramref name="draft"/>.</summary>
    public static void Collect(INode root, ArticleDraft draft)
    {
        // A <time> standing alone between blocks is a date stamp, not body text.
        var stamps = new HashSet<string>(StringComparer.Ordinal);
        if (root is IParentNode parent)
        {
            foreach (var time in parent.QuerySelectorAll("time"))
            {
                stamps.Add(ArticleDraft.CollapseSpaces(time.TextContent).Trim());
            }
        }

        var sink = new Sink(draft, stamps);
        var pending = new StringBuilder();
        Walk(root, sink, pending, BlockRole.Paragraph, 0);
        Flush(sink, pending, BlockRole.Paragraph);
    }

    /// <summary>The visible text of an HTML snippet, without scripts or styles.</summary>
    public static string PlainText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("script, style, noscript, template"))
        {
            element.Remove();
        }

        return ArticleDraft.CollapseSpaces(document.Body?.TextContent ?? string.Empty).Trim();
    }

    private static void Walk(INode node, Sink sink, StringBuilder pending, BlockRole role, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is IText text)
            {
                pending.Append(text.Data);
                continue;
            }

            if (child is not IElement element || Skipped.Contains(element.LocalName))
            {
                continue;
            }

            var name = element.LocalName.ToUpperInvariant();
            if (!Blocks.Contains(name))
            {
                Walk(element, sink, pending, role, depth + 1);
                continue;
            }

            Flush(sink, pending, role);
            switch (name)
            {
                case "FIGCAPTION":
                    sink.Draft.AddCaption(ArticleDraft.CollapseSpaces(element.TextContent));
                    break;
                case "BR" or "HR":
                    break;
                default:
                    var inner = name switch
                    {
                        "H1" or "H2" or "H3" or "H4" or "H5" or "H6" => BlockRole.Heading,
                        "LI" or "DD" or "DT" => BlockRole.ListItem,
                        "BLOCKQUOTE" => BlockRole.Quote,
                        "P" or "PRE" => role == BlockRole.Paragraph ? BlockRole.Paragraph : role,
                        _ => role,
                    };
                    Walk(element, sink, pending, inner, depth + 1);
                    Flush(sink, pending, inner);
                    break;
            }
        }
    }

    private static void Flush(Sink sink, StringBuilder pending, BlockRole role)
    {
        if (pending.Length == 0)
        {
            return;
        }

        var text = ArticleDraft.CollapseSpaces(pending.ToString()).Trim();
        pending.Clear();
        if (!sink.Stamps.Contains(text))
        {
            sink.Draft.AddBody(text, role);
        }
    }

    private sealed record Sink(ArticleDraft Draft, HashSet<string> Stamps);
}
