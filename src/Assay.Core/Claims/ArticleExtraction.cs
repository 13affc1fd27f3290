using Assay.Core.Articles;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;

namespace Assay.Core.Claims;

/// <summary>Everything extracted from one article: sentences, mentions, quantities, times and claims.</summary>
public sealed record ArticleExtraction(
    Article Article,
    IReadOnlyList<TextSpan> Sentences,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<TimeRef> Times,
    IReadOnlyList<Claim> Claims);
