using Assay.Core.Claims;
using Assay.Storage;

namespace Assay.Interop;

/// <summary>A stored article with its whole extraction: text, sentences, mentions, quantities, times and claims.</summary>
/// <param name="Stored">Its id, hash and metadata in the store.</param>
/// <param name="Extraction">What was extracted from it; every offset points into <c>Extraction.Article.Text</c>.</param>
public sealed record SnapshotArticle(StoredArticle Stored, ArticleExtraction Extraction);
