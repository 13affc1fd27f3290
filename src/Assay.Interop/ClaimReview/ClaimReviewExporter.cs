using System.Globalization;
using System.Text.Json;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Sources;
using Assay.Workspace;

namespace Assay.Interop.ClaimReview;

/// <summary>schema.org ClaimReview records (JSON-LD) for the propositions the analyst resolved: the statement, the
/// rating (True when confirmed, False when refuted), every place it appeared and who first said it (docs/exports.md).</summary>
public static class ClaimReviewExporter
{
    /// <summary>The rating scale: 1 (false) to 5 (true); only its two ends are used.</summary>
    internal const int WorstRating = 1;

    /// <summary>The top of the rating scale.</summary>
    internal const int BestRating = 5;

    /// <summary>Writes a JSON-LD array of schema.org ClaimReview records, one per resolved proposition.</summary>
    public static void Write(InteropSnapshot snapshot, Stream output, ClaimReviewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        options ??= ClaimReviewOptions.Default;
        var articles = snapshot.Articles.ToDictionary(a => a.Stored.Id);
        using var json = new Utf8JsonWriter(output, JsonOutput.ExportOptions);
        json.WriteStartArray();
        foreach (var (proposition, resolution) in Resolved(snapshot))
        {
            WriteReview(json, proposition, resolution, articles, options);
        }

        json.WriteEndArray();
        json.Flush();
    }

    /// <summary>The resolution in force per proposition (the latest), in the order the propositions were resolved;
    /// resolutions whose anchor claim is no longer in the picture are left out.</summary>
    internal static List<(Proposition Proposition, Resolution Resolution)> Resolved(InteropSnapshot snapshot)
    {
        var latest = new Dictionary<string, (Proposition, Resolution)>(StringComparer.Ordinal);
        foreach (var r in snapshot.Resolutions.OrderBy(r => r.At).ThenBy(r => r.DecisionId))
        {
            if (snapshot.Picture.Find(r.Anchor) is { } p)
            {
                latest.Remove(p.Id);
                latest[p.Id] = (p, r);
            }
        }

        return [.. latest.Values.OrderBy(v => v.Item2.At).ThenBy(v => v.Item2.DecisionId)];
    }

    private static void WriteReview(
        Utf8JsonWriter json, Proposition p, Resolution r, Dictionary<long, SnapshotArticle> articles, ClaimReviewOptions options)
    {
        var confirmed = r.Outcome == ResolutionOutcome.Confirmed;
        var appearances = p.Supporting.Select(c => c.Claim).OrderBy(c => c.Published ?? DateOnly.MaxValue).ThenBy(c => c.Ref).ToList();
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "ClaimReview");
        json.WriteString("identifier", p.Id);
        json.WriteString("claimReviewed", p.Statement);
        json.WriteString("datePublished", IsoDates.Format(DateOnly.FromDateTime(r.At.UtcDateTime)));
        json.WriteString("reviewBody", Explanation(p, r));
        json.WritePropertyName("author");
        WriteReviewer(json, options);
        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteNumber("ratingValue", confirmed ? BestRating : WorstRating);
        json.WriteNumber("bestRating", BestRating);
        json.WriteNumber("worstRating", WorstRating);
        json.WriteString("alternateName", confirmed ? "True" : "False");
        json.WriteString("ratingExplanation", Explanation(p, r));
        json.WriteEndObject();
        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        if (appearances.Count > 0)
        {
            json.WritePropertyName("author");
            WriteOrigin(json, p.Supporting.First(c => c.Claim.Ref == appearances[0].Ref).Origin);
            if (appearances[0].Published is { } first)
            {
                json.WriteString("datePublished", IsoDates.Format(first));
            }

            json.WritePropertyName("firstAppearance");
            WriteAppearance(json, appearances[0], articles);
        }

        json.WriteStartArray("appearance");
        foreach (var claim in appearances)
        {
            WriteAppearance(json, claim, articles);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>"Confirmed by the analyst: the true figure is 11,000 north korean troops. Analyst's note: …" — the rating in words, with the figure.</summary>
    private static string Explanation(Proposition p, Resolution r)
    {
        var text = (r.Outcome == ResolutionOutcome.Confirmed ? "Confirmed" : "Refuted") + " by the analyst";
        if (r.Value is { } value)
        {
            text += ": the true figure is " + FigureText.Number(value) + (p.Subject.Label.Length == 0 ? "" : " " + p.Subject.Label);
        }

        text += ".";
        return string.IsNullOrWhiteSpace(r.Note) ? text : text + " Analyst's note: " + r.Note.Trim();
    }

    private static void WriteReviewer(Utf8JsonWriter json, ClaimReviewOptions options)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", options.OrganizationName);
        if (options.OrganizationUrl is { } url)
        {
            json.WriteString("url", url.AbsoluteUri);
        }

        json.WriteEndObject();
    }

    /// <summary>The origin as schema.org sees it: a Person for an eyewitness or an expert, else an Organization.</summary>
    private static void WriteOrigin(Utf8JsonWriter json, Origin origin)
    {
        json.WriteStartObject();
        json.WriteString("@type", origin.Type is SourceType.Eyewitness or SourceType.Expert ? "Person" : "Organization");
        json.WriteString("name", origin.Name);
        json.WriteString("identifier", origin.Id);
        json.WriteEndObject();
    }

    private static void WriteAppearance(Utf8JsonWriter json, StoryClaim claim, Dictionary<long, SnapshotArticle> articles)
    {
        var article = articles.GetValueOrDefault(claim.Ref.ArticleId)?.Stored;
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        json.WriteString("identifier", claim.Ref.ToString());
        if (article?.Url is { Length: > 0 } url)
        {
            json.WriteString("url", url);
        }

        if (article?.Title is { Length: > 0 } title)
        {
            json.WriteString("headline", title);
        }

        if ((article?.Outlet ?? claim.Outlet) is { Length: > 0 } outlet)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", outlet);
            json.WriteEndObject();
        }

        if ((article?.Published ?? claim.Published) is { } published)
        {
            json.WriteString("datePublished", IsoDates.Format(published));
        }

        json.WriteString("text", claim.Claim.Text);
        json.WriteEndObject();
    }
}
