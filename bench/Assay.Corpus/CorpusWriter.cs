using System.Globalization;
using System.Text;

namespace Assay.Corpus;

/// <summary>Writes a generated corpus as a folder of real input files, the way ingest finds them: JSON Lines feed
/// dumps of 500 articles, and single HTML, text, Markdown and JSON files in subfolders of at most 1,000 files.</summary>
/// <remarks>Articles are generated and rendered in parallel batches and written in index order, so memory stays
/// bounded whatever the count and the folder is byte-identical for the same seed and count.</remarks>
public static class CorpusWriter
{
    /// <summary>Articles per JSON Lines feed file.</summary>
    public const int ArticlesPerFeed = 500;

    /// <summary>Files per subfolder.</summary>
    public const int FilesPerFolder = 1_000;

    private const int BatchSize = 2_048;

    /// <summary>Writes <paramref name="count"/> articles generated from <paramref name="seed"/> under
    /// <paramref name="directory"/> (created if needed) and reports what was written.</summary>
    /// <param name="directory">The corpus folder; existing files with the same names are overwritten.</param>
    /// <param name="count">How many articles to write.</param>
    /// <param name="seed">The generator seed.</param>
    /// <param name="progress">Told the number of articles written after each batch.</param>
    public static CorpusManifest Write(string directory, long count, int seed, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Directory.CreateDirectory(directory);
        var generator = new CorpusGenerator(seed);
        var byFormat = new long[Enum.GetValues<CorpusFormat>().Length];
        var articles = new GeneratedArticle[BatchSize];
        var targets = new Target[BatchSize];
        var rendered = new byte[BatchSize][];
        long files = 0, words = 0, bytes = 0, duplicates = 0, reruns = 0;
        FileStream? feed = null;
        var feedNumber = -1;
        var inFeed = ArticlesPerFeed;
        try
        {
            for (long start = 0; start < count; start += BatchSize)
            {
                var n = (int)Math.Min(BatchSize, count - start);
                var first = start;
                Parallel.For(0, n, i => articles[i] = generator.Article(first + i));

                for (var i = 0; i < n; i++)
                {
                    var article = articles[i];
                    var format = article.Format;
                    if (format == CorpusFormat.JsonLines)
                    {
                        if (inFeed == ArticlesPerFeed)
                        {
                            feedNumber++;
                            inFeed = 0;
                        }

                        inFeed++;
                        targets[i] = new Target(null, feedNumber);
                    }
                    else
                    {
                        targets[i] = new Target(FilePath(directory, format, byFormat[(int)format], article), 0);
                    }

                    byFormat[(int)format]++;
                    words += article.Article.WordCount;
                    duplicates += article.Relation == CopyRelation.Duplicate ? 1 : 0;
                    reruns += article.Relation == CopyRelation.Rerun ? 1 : 0;
                }

                Parallel.For(0, n, i => rendered[i] = Render(articles[i], targets[i]));

                for (var i = 0; i < n; i++)
                {
                    var target = targets[i];
                    if (target.Path is null)
                    {
                        if (feed is null || !feed.Name.EndsWith(FeedName(target.Feed), StringComparison.Ordinal))
                        {
                            feed?.Dispose();
                            var feedPath = Path.Combine(directory, "feeds", FeedName(target.Feed));
                            Directory.CreateDirectory(Path.GetDirectoryName(feedPath)!);
                            feed = new FileStream(feedPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
                            files++;
                        }

                        feed.Write(rendered[i]);
                    }
                    else
                    {
                        Directory.CreateDirectory(Path.GetDirectoryName(target.Path)!);
                        File.WriteAllBytes(target.Path, rendered[i]);
                        files++;
                    }

                    bytes += rendered[i].Length;
                    rendered[i] = [];
                    articles[i] = null!;
                }

                progress?.Report(start + n);
            }
        }
        finally
        {
            feed?.Dispose();
        }

        return new CorpusManifest(directory, count, files, words, bytes, byFormat, duplicates, reruns);
    }

    /// <summary>The bytes of <paramref name="article"/> in its own format.</summary>
    internal static byte[] Render(GeneratedArticle article, int feed = 0) => article.Format switch
    {
        CorpusFormat.JsonLines => JsonArticleWriter.Line(article, feed),
        CorpusFormat.Json => JsonArticleWriter.File(article),
        CorpusFormat.Html => Encoding.UTF8.GetBytes(HtmlArticleWriter.Page(article)),
        CorpusFormat.Markdown => Encoding.UTF8.GetBytes(TextArticleWriter.Markdown(article)),
        _ => Encoding.UTF8.GetBytes(TextArticleWriter.Text(article)),
    };

    private static byte[] Render(GeneratedArticle article, Target target) => Render(article, target.Feed);

    private static string FeedName(int feed) => string.Create(CultureInfo.InvariantCulture, $"feed-{feed:00000}.jsonl");

    private static string FilePath(string directory, CorpusFormat format, long number, GeneratedArticle article)
    {
        var (folder, extension) = format switch
        {
            CorpusFormat.Html => ("html", ".html"),
            CorpusFormat.Markdown => ("markdown", ".md"),
            CorpusFormat.Json => ("json", ".json"),
            _ => ("text", ".txt"),
        };
        var sub = (number / FilesPerFolder).ToString("00000", CultureInfo.InvariantCulture);
        var name = string.Create(CultureInfo.InvariantCulture, $"{article.Index:00000000}-{article.Outlet.Host.Split('.')[0]}{extension}");
        return Path.Combine(directory, folder, sub, name);
    }

    private readonly record struct Target(string? Path, int Feed);
}
