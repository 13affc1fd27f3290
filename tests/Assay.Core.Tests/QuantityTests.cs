using Assay.Core.Quantities;
using Assay.Core.Text;

namespace Assay.Core.Tests;

public sealed class QuantityTests
{
    [Fact]
    public void Ctor_NoBounds_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Quantity(new TextSpan(0, 1), "x", null, null, QuantityQualifier.Exact, "cue"));
    }

    [Fact]
    public void Ctor_HighBelowLow_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Quantity(new TextSpan(0, 1), "x", 12_000, 1_500, QuantityQualifier.Range, "cue"));
    }

    [Fact]
    public void Ctor_OpenRange_KeepsTheMissingBoundNull()
    {
        // Given "more than 1,000": a low bound and no high bound
        var q = new Quantity(new TextSpan(0, 16), "more than 1,000", 1_000, null, QuantityQualifier.MoreThan, "qualifier:more-than");

        // Then the range stays open above
        Assert.Equal(1_000, q.Low);
        Assert.Null(q.High);
    }
}
