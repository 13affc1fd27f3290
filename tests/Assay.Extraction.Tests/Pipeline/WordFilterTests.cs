using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>The first-letters-and-length filter in front of lexicon lookups never rules out a listed word.</summary>
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

    [Theory]
    [InlineData("and")]
    [InlineData("that")]
    [InlineData("tall")]
    public void MayContain_SameFirstLetterAndLengthOtherSecondLetter_False(string word)
    {
        // Given a filter over words that share first letter and length with common words
        var filter = new WordFilter(["aid", "toll", "teach"]);

        // When a word of a listed first letter and length but another second letter is tested
        var result = filter.MayContain(word);

        // Then it is ruled out
        Assert.False(result);
    }

    [Theory]
    [InlineData("AID")]
    [InlineData("Toll")]
    [InlineData("x")]
    [InlineData("X")]
    public void MayContain_ListedFirstTwoLettersInAnyCase_True(string word)
    {
        // Given a case-insensitive filter over words of one and more letters
        var filter = new WordFilter(["aid", "toll", "x"]);

        // When a listed word is tested in another case
        var result = filter.MayContain(word);

        // Then it may be contained
        Assert.True(result);
    }

    [Fact]
    public void MayContain_SecondLetterOutsideAscii_LeftToTheLexicon()
    {
        // Given a case-insensitive filter over a word whose second letter lies outside ASCII
        var filter = new WordFilter(["bœuf"]);

        // When the word is tested in upper case, and an ASCII word of the same first letter and length
        var upper = filter.MayContain("BŒUF");
        var ascii = filter.MayContain("bird");

        // Then the non-ASCII second letter passes on the first table alone, and the ASCII word is ruled out
        Assert.True(upper);
        Assert.False(ascii);
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

    [Theory]
    [InlineData("figure")]
    [InlineData("fiddle")]
    public void MayContain_SameFirstTwoLettersAndLengthOtherLastLetter_False(string word)
    {
        // Given a filter over a word sharing its first two letters and length with common words
        var filter = new WordFilter(["firing"]);

        // When a word of the same first two letters and length but another last letter is tested
        var result = filter.MayContain(word);

        // Then it is ruled out
        Assert.False(result);
    }

    [Fact]
    public void MayContain_LastLetterOutsideAscii_LeftToTheLexicon()
    {
        // Given a case-insensitive filter over a word whose last letter lies outside ASCII
        var filter = new WordFilter(["café"]);

        // When the word is tested in upper case, and the same word with an ASCII last letter
        var upper = filter.MayContain("CAFÉ");
        var ascii = filter.MayContain("cafe");

        // Then the non-ASCII last letter passes on the other tables, and the ASCII word is ruled out
        Assert.True(upper);
        Assert.False(ascii);
    }

    [Fact]
    public void MayContain_ManyWords_NoneRuledOutAndMostOthersAre()
    {
        // Given a filter over two thousand words of many lengths and letters
        var random = new Random(3);
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)('a' + random.Next(26)))]);
        var words = Enumerable.Range(0, 2000).Select(_ => Word()).ToHashSet();
        var filter = new WordFilter(words);

        // When each listed word is tested in upper case, and other words are tested
        var listed = words.All(w => filter.MayContain(w.ToUpperInvariant()));
        var others = Enumerable.Range(0, 2000).Select(_ => Word()).Where(w => !words.Contains(w)).ToList();
        var passed = others.Count(w => filter.MayContain(w));

        // Then no listed word is ruled out, and most other words are
        Assert.True(listed);
        Assert.True(passed < others.Count / 5, $"{passed} of {others.Count} passed");
    }
}
