using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>The first-letter-and-length filter in front of lexicon lookups never rules out a listed word.</summary>
public sealed class WordFilterTests
{
    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("Said")]
    [InlineData("according")]
    public void MayContain_ListedWordInAnyCase_True(string word)
    {
        // Given a case-insensitive filter over a few cue words
        var filter = new WordFilter(["said", "according", "citing"]);

        // When a listed word is tested in any case
        var result = filter.MayContain(word);

        // Then it may be contained
        Assert.True(result);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("sad")]
    [InlineData("saids")]
    [InlineData("x")]
    public void MayContain_NoListedWordOfThatLetterAndLength_False(string word)
    {
        // Given a filter over words starting with s, a and c
        var filter = new WordFilter(["said", "according", "citing"]);

        // When a word with no listed word of its first letter and length is tested
        var result = filter.MayContain(word);

        // Then it is ruled out
        Assert.False(result);
    }

    [Fact]
    public void MayContain_CaseSensitive_OtherCaseRuledOut()
    {
        // Given a case-sensitive filter over a capitalised name
        var filter = new WordFilter(["Kremlin"], caseSensitive: true);

        // When the name is tested in lower case and as written
        var lower = filter.MayContain("kremlin");
        var written = filter.MayContain("Kremlin");

        // Then only the written form passes
        Assert.False(lower);
        Assert.True(written);
    }

    [Fact]
    public void MayContain_WordsStartingOutsideAscii_Passed()
    {
        // Given a filter whose only word starts with a non-ASCII letter
        var filter = new WordFilter(["Élysée"]);

        // When words starting outside ASCII, and an ASCII word of the same length, are tested
        var upper = filter.MayContain("ÉLYSÉE");
        var other = filter.MayContain("Ωmegas");
        var ascii = filter.MayContain("Elysee");

        // Then words starting outside ASCII are left to the lexicon, and the ASCII word is ruled out
        Assert.True(upper);
        Assert.True(other);
        Assert.False(ascii);
    }
}
