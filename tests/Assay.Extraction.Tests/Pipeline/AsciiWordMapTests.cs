using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>The ASCII word table finds its words in any case, misses others, and leaves non-ASCII words to the caller.</summary>
public sealed class AsciiWordMapTests
{
    private static readonly AsciiWordMap<int> Map = new(
        [new("said", 1), new("According", 2), new("SAID", 4), new("e-mail", 8), new("didn\u2019t", 16), new("@ap", 32)],
        static (a, b) => a | b);

    [Theory]
    [InlineData("said", 5)]
    [InlineData("Said", 5)]
    [InlineData("according", 2)]
    [InlineData("ACCORDING", 2)]
    [InlineData("E-Mail", 8)]
    [InlineData("@AP", 32)]
    public void TryGetValue_HeldWordInAnyCase_CombinedValue(string word, int expected)
    {
        // Given a table with words in several cases, two of them equal ignoring case

        // When a held word is looked up in any case
        var found = Map.TryGetValue(word, out var value, out var ascii);

        // Then it is found with the values of every entry equal to it ignoring case
        Assert.True(found);
        Assert.True(ascii);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("sai")]
    [InlineData("saids")]
    [InlineData("email")]
    [InlineData("`ap")]
    [InlineData("")]
    public void TryGetValue_OtherAsciiWord_NotFound(string word)
    {
        // Given the table

        // When an ASCII word it does not hold is looked up
        var found = Map.TryGetValue(word, out _, out var ascii);

        // Then it is not found, and the answer stands
        Assert.False(found);
        Assert.True(ascii);
    }

    [Fact]
    public void TryGetValue_NonAsciiWord_LeftToTheCaller()
    {
        // Given a table given a word with a curly apostrophe, which it cannot hold

        // When that word is looked up
        var found = Map.TryGetValue("didn\u2019t", out _, out var ascii);

        // Then the table does not answer for it
        Assert.False(found);
        Assert.False(ascii);
    }

    [Fact]
    public void TryGetValue_ManyWords_AllFound()
    {
        // Given a table of many words, so that probes collide
        var words = Enumerable.Range(0, 500).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var map = new AsciiWordMap<int>(words.Select((w, i) => new KeyValuePair<string, int>(w, i)), static (a, _) => a);

        // When each is looked up in upper case
        var values = words.Select(w => map.TryGetValue(w.ToUpperInvariant(), out var v, out _) ? v : -1).ToArray();

        // Then every word is found with its own value
        Assert.Equal(Enumerable.Range(0, 500), values);
    }
}
