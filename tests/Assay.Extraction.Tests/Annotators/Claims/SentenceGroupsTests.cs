using Assay.Extraction.Annotators.Claims;

namespace Assay.Extraction.Tests.Annotators.Claims;

/// <summary>Grouping spans by sentence keeps each sentence's items in their original order.</summary>
public sealed class SentenceGroupsTests
{
    [Fact]
    public void Of_ItemsOutOfSentenceOrder_GroupedInListOrder()
    {
        // Given items of sentences 2, 0, 2, 1 and one of a sentence past the last
        List<(int Sentence, string Name)> items = [(2, "a"), (0, "b"), (2, "c"), (1, "d"), (7, "e")];

        // When they are grouped over three sentences
        var groups = new SentenceGroups<(int Sentence, string Name)>(items, 3, static i => i.Sentence);

        // Then each sentence holds its own items in list order, and the stray item none
        Assert.Equal(["b"], groups.Of(0).Select(i => i.Name));
        Assert.Equal(["d"], groups.Of(1).Select(i => i.Name));
        Assert.Equal(["a", "c"], groups.Of(2).Select(i => i.Name));
        Assert.Empty(groups.Of(3));
    }

    [Fact]
    public void Of_SentenceWithoutItems_Empty()
    {
        // Given items of the last sentence only
        List<int> items = [4, 4];

        // When the first sentence is asked for
        var groups = new SentenceGroups<int>(items, 5, static i => i);

        // Then it is empty and the last holds both
        Assert.Empty(groups.Of(0));
        Assert.Equal([4, 4], groups.Of(4));
    }
}
