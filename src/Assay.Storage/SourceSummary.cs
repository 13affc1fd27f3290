using Assay.Core.Sources;

namespace Assay.Storage;

/// <summary>One source across the store: how many claims, articles and outlets credit it, and when.</summary>
public sealed record SourceSummary(
    string Source,
    SourceType Type,
    int Claims,
    int Articles,
    int Outlets,
    DateOnly? First,
    DateOnly? Last);
