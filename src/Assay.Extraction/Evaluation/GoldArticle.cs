namespace Assay.Extraction.Evaluation;

/// <summary>One gold file: the article it annotates and its quantities in text order.</summary>
/// <param name="GoldPath">Path of the <c>NAME.EXT.gold.json</c> file.</param>
/// <param name="ArticlePath">Path of the article beside it (<c>NAME.EXT</c>).</param>
/// <param name="Name">The article path relative to the gold folder, with forward slashes, for messages.</param>
/// <param name="Story">The first folder under the gold folder ("troops"), or "." for files at its top.</param>
/// <param name="Published">The <c>published</c> date, when given.</param>
/// <param name="Quantities">The gold quantities, in file order.</param>
public sealed record GoldArticle(
    string GoldPath,
    string ArticlePath,
    string Name,
    string Story,
    DateOnly? Published,
    IReadOnlyList<GoldQuantity> Quantities);
