using System.Globalization;
using Assay.Extraction.Reading;

namespace Assay.Corpus.Tests;

public sealed class CorpusWriterTests(CorpusFolder folder) : IClassFixture<CorpusFolder>
{
    [Fact]
    public void Write_EveryFormat_ReadsBackAsIntended()
    {
        // Given a written corpus and the articles it was written from
        var expected = new CorpusGenerator(CorpusFolder.Seed).Articles(CorpusFolder.Count).ToList();
        var feedArticles = new Queue<GeneratedArticle>(expected.Where(a => a.Format == CorpusFormat.JsonLines));
        var checkedByFormat = new Dictionary<CorpusFormat, int>();
        var failures = new List<string>();

        // When every file is read by Assay's own reader
        foreach (var feed in Directory.GetFiles(Path.Combine(folder.Directory, "feeds")).Order(StringComparer.Ordinal))
        {
            foreach (var result in ArticleReader.Default.ReadFile(feed))
            {
                Compare(feedArticles.Dequeue(), result, failures, checkedByFormat);
            }
        }

        foreach (var path in Directory.GetFiles(folder.Directory, "*", SearchOption.AllDirectories).Where(p => !p.EndsWith(".jsonl", StringComparison.Ordinal)))
        {
            var index = int.Parse(Path.GetFileName(path)[..8], CultureInfo.InvariantCulture);
            var results = ArticleReader.Default.ReadFile(path).ToList();
            Assert.Single(results);
            Compare(expected[index], results[0], failures, checkedByFormat);
        }

        // Then each article comes back with its title, outlet, date, kind, text and captions, in every format
        Assert.Empty(feedArticles);
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(10)));
        foreach (var format in Enum.GetValues<CorpusFormat>())
        {
            Assert.True(checkedByFormat.GetValueOrDefault(format) >= 150, $"{format}: only {checkedByFormat.GetValueOrDefault(format)} articles checked");
        }
    }

    [Fact]
    public void Write_Manifest_CountsWhatIsOnDisk()
    {
        // Given the written folder
        var files = Directory.GetFiles(folder.Directory, "*", SearchOption.AllDirectories);

        // Then the manifest matches the files and articles
        Assert.Equal(CorpusFolder.Count, folder.Manifest.Articles);
        Assert.Equal(files.Length, folder.Manifest.Files);
        Assert.Equal(files.Sum(f => new FileInfo(f).Length), folder.Manifest.Bytes);
        Assert.Equal(CorpusFolder.Count, folder.Manifest.ArticlesByFormat.Sum());
        var expectedWords = new CorpusGenerator(CorpusFolder.Seed).Articles(CorpusFolder.Count).Sum(a => (long)a.Article.WordCount);
        Assert.Equal(expectedWords, folder.Manifest.Words);
    }

    [Fact]
    public void Write_Layout_FeedsOf500AndFoldersOfAtMost1000()
    {
        // Given the written folder
        var feeds = Directory.GetFiles(Path.Combine(folder.Directory, "feeds")).Order(StringComparer.Ordinal).ToList();
        var folders = Directory.GetDirectories(folder.Directory, "*", SearchOption.AllDirectories)
            .Where(d => Directory.GetFiles(d).Length > 0 && !d.EndsWith("feeds", StringComparison.Ordinal));

        // Then every feed but the last holds 500 records, and no folder more than 1,000 files
        foreach (var feed in feeds.SkipLast(1))
        {
            Assert.Equal(CorpusWriter.ArticlesPerFeed, File.ReadLines(feed).Count());
        }

        Assert.All(folders, d => Assert.InRange(Directory.GetFiles(d).Length, 1, CorpusWriter.FilesPerFolder));
    }

    private static void Compare(GeneratedArticle expected, ReadResult result, List<string> failures, Dictionary<CorpusFormat, int> counts)
    {
        counts[expected.Format] = counts.GetValueOrDefault(expected.Format) + 1;
        var want = expected.Article;
        if (result.Article is not { } got)
        {
            failures.Add($"{expected.Index} {expected.Format}: {result.Error}");
            return;
        }

        var problems = new List<string>();
        if (got.Title != want.Title)
        {
            problems.Add($"title '{got.Title}' != '{want.Title}'");
        }

        if (got.Outlet != want.Outlet)
        {
            problems.Add($"outlet '{got.Outlet}' != '{want.Outlet}'");
        }

        if (got.Published != want.Published)
        {
            problems.Add($"date {got.Published} != {want.Published}");
        }

        if (got.Kind != want.Kind)
        {
            problems.Add($"kind {got.Kind} != {want.Kind}");
        }

        if (got.Text != want.Text)
        {
            var at = 0;
            while (at < Math.Min(got.Text.Length, want.Text.Length) && got.Text[at] == want.Text[at])
            {
                at++;
            }

            problems.Add($"text differs at {at}: got '{Around(got.Text, at)}' want '{Around(want.Text, at)}'");
        }

        if (!got.Captions.SequenceEqual(want.Captions))
        {
            problems.Add($"captions [{string.Join(" / ", got.Captions)}] != [{string.Join(" / ", want.Captions)}]");
        }

        if (problems.Count > 0)
        {
            failures.Add($"{expected.Index} {expected.Format} {expected.Genre} ({result.Location}): {string.Join("; ", problems)}");
        }
    }

    private static string Around(string text, int at) => text.Substring(Math.Max(0, at - 30), Math.Min(80, text.Length - Math.Max(0, at - 30)));
}
