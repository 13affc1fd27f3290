using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>The annotators' per-thread table of recent strings always answers with the characters asked for, and
/// hands out again the string it made for them while it still holds it.</summary>
public sealed class RecentStringsTests
{
    [Fact]
    public void Get_SameCharactersTwice_SameString()
    {
        // Given characters read twice from different buffers
        var first = RecentStrings.Get("troops killed".AsSpan());

        // When they are asked for again
        var second = RecentStrings.Get(new[] { 't', 'r', 'o', 'o', 'p', 's', ' ', 'k', 'i', 'l', 'l', 'e', 'd' });

        // Then the answer is the string made the first time
        Assert.Equal("troops killed", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_ManyDifferentStrings_EachAnswerIsItsOwnCharacters()
    {
        // Given far more distinct strings than the table has slots, so that slots are shared and replaced
        var words = Enumerable.Range(0, 5000).Select(static i => "2024-10-" + i).ToArray();

        // When each is asked for, twice over in turn
        var answers = words.Concat(words).Select(static w => RecentStrings.Get(w.AsSpan())).ToArray();

        // Then every answer holds exactly the characters asked for
        Assert.Equal([.. words, .. words], answers);
        Assert.Equal(string.Empty, RecentStrings.Get([]));
    }
}
