namespace Assay.Analysis.Story;

/// <summary>An article that likely copies an earlier one, whether or not it credits it.</summary>
/// <param name="ArticleId">The later article.</param>
/// <param name="FromArticleId">The earlier article it seems to derive from.</param>
/// <param name="Similarity">Estimated Jaccard similarity of their five-word shingles, 0..1.</param>
/// <param name="Reason">Why the link was drawn ("shared wording 0.83", "shared odd figures 1,347 and 2,913").</param>
public sealed record DerivedLink(long ArticleId, long FromArticleId, double Similarity, string Reason);
