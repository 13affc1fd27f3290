using Assay.Core.Articles;
using Assay.Extraction.Reading;
using static Assay.Extraction.Tests.Reading.ReadingFixtures;

namespace Assay.Extraction.Tests.Reading;

public sealed class JsonArticleReaderTests
{
    [Fact]
    public void ReadFile_JsonArray_ReadsEachObject()
    {
        // Given a JSON array of two articles
        var path = PathOf("articles.json");

        // When it is read
        var results = ArticleReader.Default.ReadFile(path).ToList();

        // Then both are read with their fields, located by array index
        Assert.Equal(2, results.Count);
        var first = results[0].Article!;
        Assert.Equal(path + "[0]", results[0].Location);
        Assert.Equal("Grain Ship Leaves Port Under Escort", first.Title);
        Assert.Equal("The Kyiv Independent", first.Outlet);
        Assert.Equal("Oksana Hrytsenko", first.Byline);
        Assert.Equal(new DateOnly(2025, 2, 3), first.Published);
        Assert.Equal(2, first.Paragraphs.Count);
        var second = results[1].Article!;
        Assert.Equal("Coastal Review", second.Outlet);
        Assert.Equal(ArticleKind.Opinion, second.Kind);
        Assert.Null(second.Url);
    }

    [Fact]
    public void ReadFile_JsonLinesWithBadLines_ReportsThemByLineAndGoesOn()
    {
        // Given a JSON Lines file: a good record, a non-JSON line, a blank line, a record without text, a good record
        var path = PathOf("feed.jsonl");

        // When it is read
        var results = ArticleReader.Default.ReadFile(path).ToList();

        // Then the blank line is skipped, bad lines fail with their line numbers, good ones succeed
        Assert.Equal([path + ":1", path + ":2", path + ":4", path + ":5"], results.Select(r => r.Location));
        Assert.True(results[0].Succeeded);
        Assert.Equal("Yonhap", results[0].Article!.Outlet);
        Assert.Equal(["Negotiators met again on Friday.", "No agreement was announced."], ParagraphTexts(results[0].Article!));
        Assert.Contains("feed.jsonl:2", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("\"text\"", results[2].Error, StringComparison.Ordinal);
        Assert.Equal(ArticleKind.Statement, results[3].Article!.Kind);
    }

    [Fact]
    public void ReadText_MalformedJson_SaysLineAndPosition()
    {
        // Given JSON broken on its third line
        var json = "{\n  \"title\": \"x\",\n  \"text\": oops\n}";

        // When it is read
        var result = Assert.Single(ArticleReader.Default.ReadText(json, "broken.json", "json"));

        // Then the message gives the file, line and position
        Assert.False(result.Succeeded);
        Assert.Contains("broken.json: malformed JSON at line 3, position", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_JsonLinesLineOverLimit_SkipsOnlyThatLine()
    {
        // Given a JSON Lines file whose second record is longer than the reader's limit
        var dir = Directory.CreateTempSubdirectory("assay-jsonl-");
        try
        {
            var path = Path.Combine(dir.FullName, "big.jsonl");
            File.WriteAllText(path, "{\"text\": \"Short one.\"}\n{\"text\": \"" + new string('x', 500) + "\"}\n{\"text\": \"Short two.\"}\n");
            var reader = new ArticleReader { MaxBytes = 200 };

            // When it is read
            var results = reader.ReadFile(path).ToList();

            // Then the long line fails with its number and the others are read
            Assert.Equal(3, results.Count);
            Assert.True(results[0].Succeeded);
            Assert.Contains("big.jsonl:2", results[1].Error, StringComparison.Ordinal);
            Assert.Contains("limit", results[1].Error, StringComparison.Ordinal);
            Assert.Equal("Short two.", results[2].Article!.Text);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
