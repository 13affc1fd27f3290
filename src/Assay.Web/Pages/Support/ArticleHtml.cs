using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Assay.Web.Pages.Support;

/// <summary>Renders the reader's blocks as HTML: every piece of article text and every attribute value is encoded, only
/// the tags are ours. Built in code, not in Razor, so no template whitespace slips into the pre-wrapped text.</summary>
public static class ArticleHtml
{
    /// <summary>The text of article <paramref name="articleId"/> with claims, quantities, mentions and times marked.</summary>
    public static IHtmlContent Render(IReadOnlyList<TextBlock> blocks, long articleId, string? selectedClaim, Func<int, string> quantityHref)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(quantityHref);
        var html = new HtmlContentBuilder();
        var enc = HtmlEncoder.Default;
        var id = articleId.ToString(CultureInfo.InvariantCulture);
        foreach (var block in blocks)
        {
            if (block.ClaimId is { } claim)
            {
                var cls = claim == selectedClaim ? "claim selected" : "claim";
                html.AppendHtml($"<span class=\"{cls}\" id=\"claim-{enc.Encode(claim)}\">");
            }

            foreach (var run in block.Runs)
            {
                switch (run.Kind)
                {
                    case "quantity":
                        html.AppendHtml($"<a class=\"quantity\" href=\"{enc.Encode(quantityHref(run.Quantity!.Value))}\" title=\"{enc.Encode(run.Title ?? "")}\">");
                        html.Append(run.Text);
                        html.AppendHtml("</a>");
                        break;
                    case "":
                        html.Append(run.Text);
                        break;
                    default:
                        html.AppendHtml($"<mark class=\"{enc.Encode(run.Kind)}\" title=\"{enc.Encode(run.Title ?? "")}\">");
                        html.Append(run.Text);
                        html.AppendHtml("</mark>");
                        break;
                }
            }

            if (block.ClaimId is { } ended)
            {
                if (block.ClaimEnds)
                {
                    var href = $"/articles/{id}?claim={Uri.EscapeDataString(ended)}#details";
                    html.AppendHtml($"<a class=\"claim-ref\" href=\"{enc.Encode(href)}\" aria-label=\"Claim {enc.Encode(ended)} details\">");
                    html.Append(ended);
                    html.AppendHtml("</a>");
                }

                html.AppendHtml("</span>");
            }
        }

        return html;
    }
}
