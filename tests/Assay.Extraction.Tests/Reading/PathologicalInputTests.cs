using System.Text;
using Assay.Extraction.Reading;

namespace Assay.Extraction.Tests.Reading;

public sealed class PathologicalInputTests
{
    private const string Alphabet = "<>/\"'=&;#*_[]()!`~-|:{}\\\n \tabcXYZ019.,";

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData(null)]
    public void ReadText_RandomMarkupSoup_NeverThrows(string? format)
    {
        // Given two hundred random strings built from markup characters, with a fixed seed
        var random = new Random(20241021);
        for (var n = 0; n < 200; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 3000);
            for (var i = 0; i < length; i++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            // When each is read
            var results = ArticleReader.Default.ReadText(builder.ToString(), $"soup{n}", format).ToList();

            // Then every result is either an article or a message, and nothing throws
            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.True(r.Succeeded || !string.IsNullOrWhiteSpace(r.Error)));
        }
    }
}
