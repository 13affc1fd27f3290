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

    [Fact]
    public void ReadText_ArticleOverTheLengthLimit_FailsNamingItsLengthAndTheLimit()
    {
        // Given a reader that takes articles of at most 200 characters, and a text of 300
        var reader = new ArticleReader { MaxArticleCharacters = 200 };
        var text = string.Concat(Enumerable.Repeat("Officials said 300 troops arrived. ", 9))[..300];

        // When it is read
        var result = Assert.Single(reader.ReadText(text, "long.txt", "txt"));

        // Then it is refused with both figures, and a text within the limit is read
        Assert.False(result.Succeeded);
        Assert.StartsWith("long.txt: the article is 300 characters long", result.Error, StringComparison.Ordinal);
        Assert.Contains("over the limit of 200 for one article", result.Error, StringComparison.Ordinal);
        Assert.True(Assert.Single(reader.ReadText(text[..150], "short.txt", "txt")).Succeeded);
    }

    [Fact]
    public void ReadFile_JsonLinesWithOneArticleOverTheLimit_RefusesThatLineOnly()
    {
        // Given a JSON Lines file whose second record's text is over the limit
        var path = Path.Combine(Path.GetTempPath(), $"assay-long-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, string.Join('\n',
            "{\"title\":\"One\",\"text\":\"The ministry said 12 drones were shot down.\"}",
            "{\"title\":\"Two\",\"text\":\"" + new string('a', 250) + "\"}",
            "{\"title\":\"Three\",\"text\":\"Officials said 300 troops arrived.\"}"));
        try
        {
            // When it is read by a reader taking articles of at most 200 characters
            var results = new ArticleReader { MaxArticleCharacters = 200 }.ReadFile(path).ToList();

            // Then the first and third are read and the second is refused, named by its line
            Assert.Equal([true, false, true], results.Select(r => r.Succeeded));
            Assert.StartsWith($"{path}:2: the article is 250 characters long", results[1].Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
