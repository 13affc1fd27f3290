using Assay.Core.Claims;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>A stored article with its text and every span extracted from it.</summary>
public sealed record ArticleDetail(
    long Id,
    string? Title,
    string? Outlet,
    string? Byline,
    DateOnly? Published,
    string? Url,
    string Kind,
    string? Language,
    string ContentHash,
    string Text,
    IReadOnlyList<SpanModel> Paragraphs,
    IReadOnlyList<SpanModel> Sentences,
    IReadOnlyList<MentionModel> Mentions,
    IReadOnlyList<QuantityModel> Quantities,
    IReadOnlyList<TimeModel> Times,
    IReadOnlyList<ClaimModel> Claims)
{
    /// <summary>The detail of stored article <paramref name="id"/>.</summary>
    public static ArticleDetail From(long id, ArticleExtraction e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var a = e.Article;
        return new(
            id, a.Title, a.Outlet, a.Byline, a.Published, a.Url, EnumNames.Of(a.Kind), a.Language, a.ContentHash, a.Text,
            [.. a.Paragraphs.Select(SpanModel.From)],
            [.. e.Sentences.Select(SpanModel.From)],
            [.. e.Mentions.Select(MentionModel.From)],
            [.. e.Quantities.Select(QuantityModel.From)],
            [.. e.Times.Select(TimeModel.From)],
            [.. e.Claims.Select(c => ClaimModel.From(c, e))]);
    }
}
