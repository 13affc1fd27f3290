using Assay.Cli.Infrastructure;
using Assay.Core.Claims;
using Assay.Extraction.Pipeline;
using Assay.Storage;

namespace Assay.Cli.Ingestion;

/// <summary>Reads files, extracts each article and saves the extractions in batches.</summary>
/// <remarks>Bad inputs and extraction failures for one article are recorded and skipped; only a store failure
/// stops the run (it throws).</remarks>
internal sealed class Ingester(FileReader reader, ExtractionPipeline pipeline, IStore store)
{
    /// <summary>Extractions saved per transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>Ingests <paramref name="files"/>; <paramref name="onFileDone"/> is called after each file.</summary>
    public IngestReport Run(IReadOnlyList<string> files, IReadOnlyList<SkippedInput> alreadySkipped, Action<string>? onFileDone = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var skipped = new List<SkippedInput>(alreadySkipped);
        var batch = new List<ArticleExtraction>(BatchSize);
        var seenThisRun = new HashSet<string>(StringComparer.Ordinal);
        int read = 0, stored = 0, unchanged = 0;

        void Flush()
        {
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var result in store.Save(batch))
            {
                if (result.Added)
                {
                    stored++;
                }
                else
                {
                    unchanged++;
                }
            }

            batch.Clear();
        }

        foreach (var file in files)
        {
            foreach (var result in ReadSafely(file, skipped))
            {
                if (result.Article is not { } article)
                {
                    skipped.Add(SkippedInput.FromFailedRead(result));
                    continue;
                }

                read++;
                if (!seenThisRun.Add(article.ContentHash))
                {
                    // The same content twice in one run: the store would keep one copy anyway.
                    unchanged++;
                    continue;
                }

                try
                {
                    batch.Add(pipeline.Extract(article));
                }
#pragma warning disable CA1031 // An extraction bug on one article must not cost the analyst the rest of the batch.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    skipped.Add(new SkippedInput(result.Location, $"extraction failed: {ex.GetType().Name}: {ex.Message}"));
                    continue;
                }

                if (batch.Count >= BatchSize)
                {
                    Flush();
                }
            }

            onFileDone?.Invoke(file);
        }

        Flush();
        return new IngestReport(files.Count, read, stored, unchanged, skipped);
    }

    private List<Extraction.Reading.ReadResult> ReadSafely(string file, List<SkippedInput> skipped)
    {
        // Materialised so a reader exception (a bug) surfaces here, per file, not mid-enumeration.
        try
        {
            return reader(file).ToList();
        }
#pragma warning disable CA1031 // A reader bug on one file must not stop the others.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            skipped.Add(new SkippedInput(file, $"reading failed: {ex.GetType().Name}: {ex.Message}"));
            return [];
        }
    }
}
