using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>The ASCII comparisons answer exactly as the ordinal comparisons ignoring case do.</summary>
public sealed class AsciiTextTests
{
    [Theory]
    [InlineData("said", "said")]
    [InlineData("SAID", "said")]
    [InlineData("Said", "saiD")]
    [InlineData("said", "sad")]
    [InlineData("@", "`")]
    [InlineData("[", "{")]
    [InlineData("didn\u2019t", "DIDN\u2019T")]
    [InlineData("\u00C9lys\u00E9e", "\u00E9LYS\u00C9E")]
    [InlineData("\u00E9", "e")]
    [InlineData("", "")]
    public void EqualsIgnoreCase_Pair_SameAsOrdinalIgnoreCase(string chars, string word)
    {
        // Given two strings, ASCII or not

        // When they are compared ignoring case
        var result = AsciiText.EqualsIgnoreCase(chars, word);

        // Then the answer is the ordinal comparison's
        Assert.Equal(string.Equals(chars, word, StringComparison.OrdinalIgnoreCase), result);
    }

    [Theory]
    [InlineData("troops there since the invasion", " since ")]
    [InlineData("Since then, and SINCE October", " since ")]
    [InlineData("no such word", " since ")]
    [InlineData("caf\u00E9 since then", " since ")]
    [InlineData(" since ", " since ")]
    [InlineData("", " since ")]
    public void LastIndexOfIgnoreCase_Text_SameAsOrdinalIgnoreCase(string text, string value)
    {
        // Given a text and a value to find

        // When the last occurrence is looked for ignoring case
        var result = AsciiText.LastIndexOfIgnoreCase(text, value);

        // Then it is where the ordinal search finds it
        Assert.Equal(text.AsSpan().LastIndexOf(value, StringComparison.OrdinalIgnoreCase), result);
    }
}
