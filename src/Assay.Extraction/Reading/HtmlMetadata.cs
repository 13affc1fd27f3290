using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Assay.Core.Articles;

namespace Assay.Extraction.Reading;

/// <summary>Reads article metadata from an HTML page: Open Graph and article meta tags, JSON-LD, and plain tags.</summary>
internal static class HtmlMetadata
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Fills <paramref name="draft"/>'s metadata from <paramref name="document"/>.</summary>
    public static void Fill(IHtmlDocument document, ArticleDraft draft)
    {
        var ld = FindJsonLdArticle(document);
        draft.Url = UrlText.Clean(Link(document, "canonical")) ?? UrlText.Clean(Meta(document, "og:url"));
        draft.Outlet = Meta(document, "og:site_name") ?? Text(ld, "publisher", "name");
        draft.Title = Meta(document, "og:title") ?? Text(ld, "headline") ?? TitleTag(document, draft.Outlet);
        draft.Byline = Author(ld) ?? Meta(document, "author") ?? Meta(document, "byl")?.Replace("By ", string.Empty, StringComparison.Ordinal)
            ?? NonUrl(Meta(document, "article:author"));
        draft.Published = DateText.Parse(Meta(document, "article:published_time"))
            ?? DateText.Parse(Text(ld, "datePublished"))
            ?? DateText.Parse(Meta(document, "date") ?? Meta(document, "pubdate") ?? Meta(document, "publishdate") ?? Meta(document, "dc.date"))
            ?? DateText.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        draft.Updated = DateText.Parse(Meta(document, "article:modified_time")) ?? DateText.Parse(Text(ld, "dateModified"));
        draft.Language = LanguageTag.Normalise(Text(ld, "inLanguage"))
            ?? LanguageTag.Normalise(document.DocumentElement?.GetAttribute("lang"))
            ?? LanguageTag.Normalise(Meta(document, "og:locale"));
        draft.Kind = KindOf(ld);
        if (draft.Kind is null && KindMarkers.FromLabel(Meta(document, "article:section")) is { } section and not ArticleKind.News)
        {
            draft.Kind = section;
        }
    }

    private static ArticleKind? KindOf(JsonElement? ld)
    {
        if (ld is not { } element || !element.TryGetProperty("@type", out var type))
        {
            return null;
        }

        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        ArticleKind? found = null;
        foreach (var name in names)
        {
            var kind = name switch
            {
                "OpinionNewsArticle" or "Review" or "CriticReview" => ArticleKind.Opinion,
                "AnalysisNewsArticle" or "BackgroundNewsArticle" or "Report" or "ScholarlyArticle" => ArticleKind.Analysis,
                "ReportageNewsArticle" or "NewsArticle" => ArticleKind.News,
                _ => (ArticleKind?)null,
            };
            if (kind is not null && (found is null or ArticleKind.News))
            {
                found = kind;
            }
        }

        return found == ArticleKind.News ? null : found;
    }

    private static JsonElement? FindJsonLdArticle(IHtmlDocument document)
    {
        JsonElement? fallback = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try
            {
                using var parsed = JsonDocument.Parse(script.TextContent, JsonOptions);
                root = parsed.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }

            foreach (var candidate in Candidates(root))
            {
                if (candidate.TryGetProperty("@type", out var type) && type.ToString().Contains("Article", StringComparison.Ordinal))
                {
                    return candidate;
                }

                if (fallback is null && candidate.TryGetProperty("headline", out _))
                {
                    fallback = candidate;
                }
            }
        }

        return fallback;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    yield return item;
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in graph.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    private static string? Author(JsonElement? ld)
    {
        if (ld is not { } element || !element.TryGetProperty("author", out var author))
        {
            return null;
        }

        var names = new List<string>();
        foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name))
            {
                names.Add(name.Trim());
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Text(JsonElement? ld, params string[] path)
    {
        if (ld is not { } element)
        {
            return null;
        }

        foreach (var name in path)
        {
            if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() > 0)
            {
                element = element[0];
            }

            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()) ? element.GetString()!.Trim() : null;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && meta.GetAttribute("content") is { } content
                && !string.IsNullOrWhiteSpace(content))
            {
                return ArticleDraft.CollapseSpaces(content).Trim();
            }
        }

        return null;
    }

    private static string? Link(IDocument document, string rel) =>
        document.QuerySelectorAll("link").FirstOrDefault(l => string.Equals(l.GetAttribute("rel"), rel, StringComparison.OrdinalIgnoreCase))?.GetAttribute("href");

    private static string? TitleTag(IDocument document, string? outlet)
    {
        var title = ArticleDraft.CollapseSpaces(document.Title ?? string.Empty).Trim();
        if (title.Length == 0)
        {
            return null;
        }

        // "<headline> | <site>" and "<headline> - <site>": the site name is not part of the headline.
        if (outlet is not null)
        {
            foreach (var separator in new[] { " | ", " - ", " – ", " — " })
            {
                if (title.EndsWith(separator + outlet, StringComparison.OrdinalIgnoreCase))
                {
                    return title[..^(separator.Length + outlet.Length)].Trim();
                }
            }
        }

        return title;
    }

    private static string? NonUrl(string? value) => value is null || UrlText.Clean(value) is not null ? null : value;
}
