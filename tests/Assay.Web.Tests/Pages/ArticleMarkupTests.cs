using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using Assay.Web.Pages.Support;

namespace Assay.Web.Tests.Pages;

/// <summary>The reader's cutting of text into claim blocks and runs, by character offsets.</summary>
public sealed class ArticleMarkupTests
{
    private const string Text =
        "Seoul's spy agency said on Monday that about 3,000 soldiers had left the port.\n\n"
        + "The weather was mild. Officials in Kyiv said 11,000 troops were in the region by November.";

    [Fact]
    public void Blocks_AnyArticle_KeepEveryCharacterOnceInOrder()
    {
        // Given an extracted article with claims, quantities, times and mentions
        var extraction = ExtractionPipeline.Default.Extract(Article.FromText(Text));

        // When it is cut into blocks
        var blocks = ArticleMarkup.Blocks(extraction);

        // Then the runs put back together are the text, character for character
        Assert.Equal(extraction.Article.Text, string.Concat(blocks.SelectMany(b => b.Runs).Select(r => r.Text)));
    }

    [Fact]
    public void Blocks_QuantityInsideAClaim_IsAQuantityRunInThatClaimsBlock()
    {
        // Given an article whose claims carry figures
        var extraction = ExtractionPipeline.Default.Extract(Article.FromText(Text));
        var claim = extraction.Claims.First(c => c.QuantityIndex is not null);
        var quantity = extraction.Quantities[claim.QuantityIndex!.Value];

        // When it is cut into blocks
        var blocks = ArticleMarkup.Blocks(extraction);

        // Then the figure is one quantity run pointing at its index, inside the block of its claim, and that claim's
        // evidence ends exactly once
        var block = Assert.Single(blocks, b => b.Runs.Any(r => r.Kind == "quantity" && r.Quantity == claim.QuantityIndex));
        Assert.Equal(claim.Id, block.ClaimId);
        Assert.Equal(quantity.Text, block.Runs.Single(r => r.Kind == "quantity" && r.Quantity == claim.QuantityIndex).Text);
        Assert.Single(blocks, b => b.ClaimId == claim.Id && b.ClaimEnds);
    }

    [Fact]
    public void Render_HostileText_EncodesEveryRun()
    {
        // Given an article whose text carries markup
        var extraction = ExtractionPipeline.Default.Extract(Article.FromText("Officials said <script>alert(1)</script> that 2,000 troops moved."));

        // When the reader's HTML is written
        using var writer = new StringWriter();
        ArticleHtml.Render(ArticleMarkup.Blocks(extraction), 7, null, i => $"/articles/7?quantity={i}").WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var html = writer.ToString();

        // Then the markup arrives as text and the figure as a link
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("class=\"quantity\"", html, StringComparison.Ordinal);
    }
}
