namespace Assay.Extraction.Reading;

/// <summary>A cheap scan of raw HTML for element nesting deep enough to exhaust a recursive tree walk.</summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> SelfClosing = new(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li", "td", "tr", "th",
         "option", "dt", "dd", "!doctype"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SelfClosingNames = SelfClosing.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when open tags minus close tags ever exceeds <paramref name="limit"/>.</summary>
    /// <remarks>Tags the parser closes implicitly (p, li, td…) and void tags are not counted, so sloppy real
    /// pages do not trip it; the count is an over-estimate only for unclosed ordinary tags.</remarks>
    public static bool Exceeds(string html, int limit)
    {
        var depth = 0;
        var span = html.AsSpan();
        var i = 0;
        while ((i = span.IndexOf('<')) >= 0)
        {
            span = span[(i + 1)..];
            if (span.IsEmpty)
            {
                break;
            }

            var closing = span[0] == '/';
            var nameStart = closing ? 1 : 0;
            var nameEnd = nameStart;
            while (nameEnd < span.Length && (char.IsAsciiLetterOrDigit(span[nameEnd]) || span[nameEnd] == '!'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                continue;
            }

            if (SelfClosingNames.Contains(span[nameStart..nameEnd]))
            {
                continue;
            }

            var close = span.IndexOf('>');
            var selfClosed = close > 0 && span[close - 1] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosed && ++depth > limit)
            {
                return true;
            }
        }

        return false;
    }
}
