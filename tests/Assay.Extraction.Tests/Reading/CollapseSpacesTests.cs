using Assay.Extraction.Reading;

namespace Assay.Extraction.Tests.Reading;

public sealed class CollapseSpacesTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Troops crossed the river.", "Troops crossed the river.")]
    [InlineData("  Troops crossed\n\tthe   river.\r\n", "Troops crossed the river.")]
    [InlineData("Troops  crossed", "Troops crossed")]
    [InlineData(" Troops", "Troops")]
    [InlineData("Troops ", "Troops")]
    [InlineData("Troops\fcrossed\vthe river", "Troops crossed the river")]
    [InlineData(" \t\n ", "")]
    [InlineData("Kursk\u00a0 region", "Kursk\u00a0 region")]
    [InlineData("Kursk \u00a0region", "Kursk \u00a0region")]
    public void CollapseSpaces_Text_CollapsesAsciiWhitespaceRunsAndTrimsTheEnds(string input, string expected)
    {
        // Given text as a reader found it
        // When its spaces are collapsed
        // Then each run of ASCII whitespace is one space, the ends are trimmed, and other spaces stay
        Assert.Equal(expected, ArticleDraft.CollapseSpaces(input));
    }

    [Fact]
    public void CollapseSpaces_NothingToCollapse_ReturnsTheSameString()
    {
        // Given a block with single spaces only
        var text = "A regional official said on Tuesday that 400 troops had arrived.";

        // When its spaces are collapsed
        var collapsed = ArticleDraft.CollapseSpaces(text);

        // Then the same string comes back, not a copy
        Assert.Same(text, collapsed);
    }

    [Fact]
    public void CollapseSpaces_LongText_CollapsesBeyondAnyBufferSize()
    {
        // Given a long text with doubled spaces throughout
        var text = string.Concat(Enumerable.Repeat("word  ", 5_000));

        // When its spaces are collapsed
        var collapsed = ArticleDraft.CollapseSpaces(text);

        // Then every run is one space and the trailing one is gone
        Assert.Equal(string.Join(' ', Enumerable.Repeat("word", 5_000)), collapsed);
    }
}
