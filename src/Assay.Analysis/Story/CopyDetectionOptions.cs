namespace Assay.Analysis.Story;

/// <summary>Settings of copy detection; the defaults are the documented method (docs/story.md).</summary>
public sealed record CopyDetectionOptions
{
    /// <summary>The documented defaults.</summary>
    public static CopyDetectionOptions Default { get; } = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>Bands of the locality-sensitive hash.</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Signature rows per band; with 16 bands of 4 rows, pairs above about 0.5 similarity become candidates.</summary>
    public int RowsPerBand { get; init; } = 4;

    /// <summary>Estimated Jaccard similarity of shingles at or above which a later article is taken to copy an earlier one.</summary>
    public double MinSimilarity { get; init; } = 0.5;

    /// <summary>Largest band bucket compared pairwise; bigger buckets are shared boilerplate.</summary>
    public int MaxBucket { get; init; } = 64;
}
