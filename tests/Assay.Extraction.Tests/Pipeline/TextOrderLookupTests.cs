using Assay.Core.Articles;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>The document finds the first quantity, time or mention at or after an offset in its lists, which are in
/// text order.</summary>
public sealed class TextOrderLookupTests
{
    private const string Text = "Seoul said on Monday that 3,000 troops had arrived. By Friday the Pentagon put the figure at 10,000.";

    [Fact]
    public void FirstQuantityFrom_Offsets_TheFirstQuantityStartingThereOrLater()
    {
        // Given a document with two figures
        var document = ExtractionPipeline.Default.Annotate(Article.FromText(Text) with { Published = new DateOnly(2024, 10, 25) });
        var first = Text.IndexOf("3,000", StringComparison.Ordinal);
        var second = Text.IndexOf("10,000", StringComparison.Ordinal);
        Assert.Equal([first, second], document.Quantities.Select(static q => q.Span.Start));

        // When the first quantity is asked for at, before, between and past the figures
        int[] found = [document.FirstQuantityFrom(0), document.FirstQuantityFrom(first), document.FirstQuantityFrom(first + 1),
            document.FirstQuantityFrom(second), document.FirstQuantityFrom(Text.Length)];

        // Then each is the index of the first figure starting there or later, and the count past the last
        Assert.Equal([0, 0, 1, 1, 2], found);
    }

    [Fact]
    public void FirstTimeAndMentionFrom_PastTheFirst_TheSecond()
    {
        // Given a document with two times and at least two mentions
        var document = ExtractionPipeline.Default.Annotate(Article.FromText(Text) with { Published = new DateOnly(2024, 10, 25) });
        Assert.True(document.Times.Count >= 2);
        Assert.True(document.Mentions.Count >= 2);

        // When the first of each is asked for just past the start of the first one
        var time = document.FirstTimeFrom(document.Times[0].Span.Start + 1);
        var mention = document.FirstMentionFrom(document.Mentions[0].Span.Start + 1);

        // Then the answer is the second of each
        Assert.Equal(1, time);
        Assert.Equal(1, mention);
    }
}
