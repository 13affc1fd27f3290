using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Storage;

namespace Assay.Workspace;

/// <summary>Stores a handful of articles read in one go (an upload, pasted text, a JSON body): each one extracted and
/// saved in one batch, so a request stores all of its articles or none; a repeat is found by its content hash.</summary>
/// <remarks>Bulk ingest of folders and feeds goes through the CLI's ingester, which streams and runs in parallel.</remarks>
public static class ArticleIntake
{
    /// <summary>Extracts and saves every article read; returns one outcome per input, in order.</summary>
    public static IReadOnlyList<IntakeOutcome> Store(IStore store, IEnumerable<ReadResult> reads, ExtractionPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(pipeline);
        var all = reads.ToList();
        var extracted = all.Where(r => r.Succeeded).Select(r => pipeline.Extract(r.Article!)).ToList();
        var saved = extracted.Count == 0 ? [] : store.Save(extracted);
        var outcomes = new List<IntakeOutcome>(all.Count);
        var next = 0;
        foreach (var read in all)
        {
            if (!read.Succeeded)
            {
                outcomes.Add(new IntakeOutcome(read.Location, null, false, read.Error));
                continue;
            }

            var result = saved[next];
            outcomes.Add(new IntakeOutcome(read.Location, result.ArticleId, result.Added, null));
            next++;
        }

        return outcomes;
    }
}
