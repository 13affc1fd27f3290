using Assay.Extraction.Annotators.Claims;

namespace Assay.Extraction.Tests.Annotators.Claims;

/// <summary>Joined cue strings are the prefix and the name, made once per name.</summary>
public sealed class PrefixedCuesTests
{
    [Fact]
    public void Of_SameNameTwice_SameStringJoined()
    {
        // Given cues with a prefix
        var cues = new PrefixedCues("attrib:");

        // When one name is joined twice
        var first = cues.Of("verb:said");
        var second = cues.Of(string.Concat("verb:", "said"));

        // Then both are the joined text, and the second is the string made the first time
        Assert.Equal("attrib:verb:said", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Of_PastTheLimit_StillJoinsEveryName()
    {
        // Given cues that have already kept as many names as they may
        var cues = new PrefixedCues("event:");
        for (var i = 0; i < PrefixedCues.Limit; i++)
        {
            cues.Of("kept" + i);
        }

        // When a further name is joined twice
        var first = cues.Of("late");
        var second = cues.Of("late");

        // Then each answer is still the joined text, made anew each time
        Assert.Equal("event:late", first);
        Assert.Equal("event:late", second);
        Assert.NotSame(first, second);
        Assert.Same(cues.Of("kept7"), cues.Of("kept7"));
    }
}
