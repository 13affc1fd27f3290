using Assay.Core.Claims;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Storage;

namespace Assay.Interop.Feeds;

/// <summary>Polls a folder for articles not yet stored: every readable file, recursively, judged by content hash.</summary>
/// <remarks>A file already handled by this poller and unchanged since (same size and write time) is not read again;
/// a file that failed is reported once, and again only when it changes.</remarks>
internal sealed class FolderPoller(IStore store, ExtractionPipeline pipeline, ArticleReader reader)
{
    /// <summary>Extensions read in a folder, as <c>assay ingest</c> reads them.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl" };

    private readonly Dictionary<string, (long Length, DateTime Written)> _handled = new(StringComparer.Ordinal);

    /// <summary>Stores the folder's new articles.</summary>
    public SourcePoll Poll(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return SourcePoll.Failed(folder, $"{folder}: not an http(s) URL or an existing folder");
        }

        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(IsArticleFile).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourcePoll.Failed(folder, $"{folder}: cannot be listed ({ex.Message})");
        }

        var stored = new List<StoredItem>();
        var failures = new List<ItemFailure>();
        var repeats = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var info = new FileInfo(file);
            var stamp = (info.Length, info.LastWriteTimeUtc);
            if (_handled.TryGetValue(file, out var known) && known == stamp)
            {
                repeats++;
                continue;
            }

            _handled[file] = stamp;
            var reads = reader.ReadFile(file).ToList();
            var hashes = reads.Where(r => r.Succeeded).Select(r => r.Article!.ContentHash).ToList();
            var already = store.StoredHashes(hashes);
            var fresh = new List<ArticleExtraction>();
            foreach (var read in reads)
            {
                if (read.Article is not { } article)
                {
                    failures.Add(new ItemFailure(read.Location, Reason(read)));
                }
                else if (already.Contains(article.ContentHash) || fresh.Any(f => f.Article.ContentHash == article.ContentHash))
                {
                    repeats++;
                }
                else
                {
                    try
                    {
                        fresh.Add(pipeline.Extract(article));
                    }
#pragma warning disable CA1031 // One article failing to extract is reported and the folder goes on.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        failures.Add(new ItemFailure(read.Location, $"could not be extracted: {ex.Message}"));
                    }
                }
            }

            if (fresh.Count > 0)
            {
                var saved = store.Save(fresh);
                for (var i = 0; i < fresh.Count; i++)
                {
                    if (saved[i].Added)
                    {
                        stored.Add(new StoredItem(fresh[i].Article.Location ?? file, saved[i].ArticleId, fresh[i].Article.Title));
                    }
                    else
                    {
                        repeats++;
                    }
                }
            }
        }

        return new SourcePoll(folder, false, stored, repeats, failures, null);
    }

    private static string Reason(ReadResult read)
    {
        var reason = read.Error ?? "could not be read";
        var prefix = read.Location + ": ";
        return reason.StartsWith(prefix, StringComparison.Ordinal) ? reason[prefix.Length..] : reason;
    }

    private static bool IsArticleFile(string path) =>
        KnownExtensions.Contains(Path.GetExtension(path))
        && !string.Equals(Path.GetFileNameWithoutExtension(path), "README", StringComparison.OrdinalIgnoreCase);
}
