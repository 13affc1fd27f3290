using System.Text.Json.Nodes;
using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Text;
using Assay.Workspace;

namespace Assay.Interop.Stix;

/// <summary>Assay's STIX extension: its definition's id and how an article with its extraction is written into it
/// and read back from it.</summary>
/// <remarks>A property extension (not a new object type): the claims stay inside the report they were read from, the
/// report and identity objects stay valid against the official schemas, and tools that do not know the extension
/// still see ordinary reports and identities.</remarks>
internal static class StixExtension
{
    /// <summary>The id of the extension-definition object every Assay extension points to.</summary>
    public static readonly string DefinitionId = StixIds.Of("extension-definition", "assay-claims");

    /// <summary>The one extension type Assay uses.</summary>
    public const string PropertyExtension = "property-extension";

    /// <summary>The extension body for a report: the article as it was read, and everything extracted from it.</summary>
    public static JsonObject ForReport(ArticleExtraction extraction, Func<Claim, string?> originRef, Func<Claim, string?> subject)
    {
        var a = extraction.Article;
        var article = new JsonObject { ["content_hash"] = a.ContentHash, ["text"] = a.Text };
        article["paragraphs"] = new JsonArray([.. a.Paragraphs.Select(p => (JsonNode)StixJson.Span(p))]);
        StixJson.Put(article, "title", a.Title);
        StixJson.Put(article, "outlet", a.Outlet);
        StixJson.Put(article, "byline", a.Byline);
        StixJson.Put(article, "published", a.Published is { } d ? IsoDates.Format(d) : null);
        StixJson.Put(article, "url", a.Url);
        StixJson.Put(article, "language", a.Language);
        article["kind"] = EnumNames.Of(a.Kind);
        StixJson.Put(article, "captions", a.Captions);

        var ext = new JsonObject { ["extension_type"] = PropertyExtension, ["article"] = article };
        if (extraction.Sentences.Count > 0)
        {
            ext["sentences"] = new JsonArray([.. extraction.Sentences.Select(s => (JsonNode)StixJson.Span(s))]);
        }

        StixJson.Put(ext, "mentions", extraction.Mentions.Select(m =>
        {
            var o = new JsonObject { ["span"] = StixJson.Span(m.Span), ["text"] = m.Text, ["actor_id"] = m.ActorId, ["actor_name"] = m.ActorName };
            o["kind"] = EnumNames.Of(m.Kind);
            StixJson.Put(o, "country", m.Country);
            o["cue"] = m.Cue;
            return o;
        }));
        StixJson.Put(ext, "quantities", extraction.Quantities.Select(q =>
        {
            var o = new JsonObject { ["span"] = StixJson.Span(q.Span), ["text"] = q.Text };
            StixJson.Put(o, "low", q.Low);
            StixJson.Put(o, "high", q.High);
            o["qualifier"] = EnumNames.Of(q.Qualifier);
            StixJson.Put(o, "counted", q.Counted);
            StixJson.Put(o, "scope", q.Scope);
            if (q.CountedSpan is { } cs)
            {
                o["counted_span"] = StixJson.Span(cs);
            }

            o["cue"] = q.Cue;
            return o;
        }));
        StixJson.Put(ext, "times", extraction.Times.Select(t => new JsonObject
        {
            ["span"] = StixJson.Span(t.Span),
            ["text"] = t.Text,
            ["value"] = t.Value,
            ["granularity"] = EnumNames.Of(t.Granularity),
            ["relation"] = EnumNames.Of(t.Relation),
            ["cue"] = t.Cue,
        }));
        StixJson.Put(ext, "claims", extraction.Claims.Select(c => Claim(c, originRef(c), subject(c))));
        return ext;
    }

    /// <summary>The article carried in a report's extension, exactly as it was read; or why it cannot be rebuilt.</summary>
    public static (Article? Article, string? Error) ReadArticle(JsonObject extension, string location)
    {
        if (extension["article"] is not JsonObject a || StixJson.Text(a, "text") is not { } text)
        {
            return (null, "Assay's extension carries no article text");
        }

        var paragraphs = new List<TextSpan>();
        if (a["paragraphs"] is JsonArray spans)
        {
            foreach (var node in spans)
            {
                if (StixJson.SpanOf(node) is not { } span || span.End > text.Length)
                {
                    return (null, "a paragraph of the article lies outside its text");
                }

                paragraphs.Add(span);
            }
        }

        var kind = EnumNames.TryParse<ArticleKind>(StixJson.Text(a, "kind"), out var k) ? k : ArticleKind.News;
        var published = StixJson.Text(a, "published");
        DateOnly? date = published is not null && DateOnly.TryParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var d) ? d : null;
        var article = new Article(text, paragraphs)
        {
            Title = StixJson.Text(a, "title"),
            Outlet = StixJson.Text(a, "outlet"),
            Byline = StixJson.Text(a, "byline"),
            Published = date,
            Url = StixJson.Text(a, "url"),
            Language = StixJson.Text(a, "language"),
            Kind = kind,
            Captions = StixJson.Texts(a, "captions"),
            Location = location,
        };
        var carried = StixJson.Text(a, "content_hash");
        if (carried is not null && !string.Equals(carried, article.ContentHash, StringComparison.Ordinal))
        {
            return (null, "the article's text does not match its content hash " + carried + " (edited after export?)");
        }

        return (article, null);
    }

    private static JsonObject Claim(Claim c, string? originRef, string? subject)
    {
        var o = new JsonObject { ["id"] = c.Id, ["span"] = StixJson.Span(c.Span), ["text"] = c.Text, ["event"] = EnumNames.Of(c.Event) };
        StixJson.Put(o, "agent", c.Agent);
        StixJson.Put(o, "theme", c.Theme);
        StixJson.Put(o, "location", c.Location);
        StixJson.Put(o, "subject", subject);
        StixJson.Put(o, "quantity_index", c.QuantityIndex);
        StixJson.Put(o, "time_index", c.TimeIndex);
        o["source"] = c.Source;
        StixJson.Put(o, "source_actor", c.SourceActor);
        o["source_type"] = EnumNames.Of(c.SourceType);
        StixJson.Put(o, "via", c.Via);
        StixJson.Put(o, "origin_ref", originRef);
        o["stance"] = EnumNames.Of(c.Stance);
        o["certainty"] = c.Certainty;
        o["estimative"] = EstimativeLanguage.BandOf(c.Certainty).Value;
        StixJson.Put(o, "cues", c.Cues);
        return o;
    }
}
