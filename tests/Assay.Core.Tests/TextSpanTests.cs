using Assay.Core.Text;

namespace Assay.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void Ctor_ReversedBounds_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 4));
    }

    [Fact]
    public void Contains_HalfOpen_ExcludesEnd()
    {
        var span = new TextSpan(2, 5);
        Assert.True(span.Contains(2));
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.True(span.Contains(new TextSpan(2, 5)));
        Assert.False(span.Contains(new TextSpan(1, 3)));
    }

    [Fact]
    public void Overlaps_AdjacentSpans_DoNotOverlap()
    {
        Assert.False(new TextSpan(0, 3).Overlaps(new TextSpan(3, 6)));
        Assert.True(new TextSpan(0, 4).Overlaps(new TextSpan(3, 6)));
    }

    [Fact]
    public void Slice_ReturnsCoveredText()
    {
        Assert.Equal("Seoul", new TextSpan(4, 9).Slice("Say Seoul."));
    }
}
