using System.Globalization;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>A figure token's value is the one parsing its digits and decimal mark gives, whichever way it is computed.</summary>
public sealed class TokenizerValueTests
{
    [Theory]
    [InlineData("1,500", false, 1500d)]
    [InlineData("1.5", false, 1.5)]
    [InlineData("0.1", false, 0.1)]
    [InlineData("2.4", false, 2.4)]
    [InlineData("10.000", true, 10000d)]
    [InlineData("2,5", true, 2.5)]
    [InlineData("1,000", true, 1000d)]
    [InlineData("5.", false, 5d)]
    [InlineData("123456789012345", false, 123456789012345d)]
    [InlineData("1234567890123456789", false, 1234567890123456789d)]
    [InlineData("0.333333333333333", false, 0.333333333333333)]
    public void TryValue_Figure_ValueOfItsDigits(string token, bool decimalComma, double expected)
    {
        // Given a figure token written with or without a decimal comma

        // When its value is read
        var ok = Tokenizer.TryValue(token, decimalComma, out var value);

        // Then it is the value its digits and decimal mark stand for, to the bit
        Assert.True(ok);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData(".")]
    public void TryValue_TwoMarksOrNoDigits_NotAValue(string token)
    {
        // Given a token with two decimal marks, or none of its digits

        // When its value is read
        var ok = Tokenizer.TryValue(token, decimalComma: false, out _);

        // Then it has none
        Assert.False(ok);
    }

    [Fact]
    public void TryValue_ManyDecimals_SameAsParsing()
    {
        // Given figures with up to fifteen digits and up to fifteen decimals
        var random = new Random(7);
        for (var n = 0; n < 20000; n++)
        {
            var digits = random.Next(1, 16);
            var chars = new char[digits];
            for (var k = 0; k < digits; k++)
            {
                chars[k] = (char)('0' + random.Next(10));
            }

            var text = new string(chars);
            var point = random.Next(0, digits + 1);
            var token = point == digits ? text : text[..point] + "." + text[point..];

            // When each is read
            Assert.True(Tokenizer.TryValue(token, decimalComma: false, out var value));

            // Then the value is the parsed one, to the bit
            var parsed = double.Parse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            Assert.Equal(BitConverter.DoubleToInt64Bits(parsed), BitConverter.DoubleToInt64Bits(value));
        }
    }
}
