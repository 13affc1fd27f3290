using System.Globalization;
using System.Text.Json;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Workspace;

namespace Assay.Interop.Misp;

/// <summary>MISP events in the MISP core format, one per story (the propositions about one subject), with their
/// articles, propositions, figures and pooled ranges as attributes tagged with the admiralty-scale and
/// estimative-language taxonomies (docs/exports.md).</summary>
public static class MispExporter
{
    // MISP's codes: threat level 4 "undefined" (Assay does not judge threat), analysis 1 "ongoing" and 2 "completed",
    // distribution 0 "your organisation only" for the event (the analyst widens it in MISP) and 5 "inherit" for attributes.
    private const string ThreatLevelUndefined = "4";
    private const string AnalysisOngoing = "1";
    private const string AnalysisCompleted = "2";
    private const string DistributionOrganisation = "0";
    private const string DistributionInherit = "5";

    /// <summary>Writes one MISP event JSON per story — a story being a subject cluster of the picture; the whole as a JSON
    /// array of {"Event": {...}} objects (indented, UTF-8, no BOM). Deterministic uuids (UUIDv5 over a fixed namespace + key).</summary>
    public static void Write(InteropSnapshot snapshot, Stream output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var judgments = new MispJudgments(snapshot);
        var articles = snapshot.Articles.ToDictionary(a => a.Stored.Id);
        var timestamp = snapshot.Created.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var stories = MispStory.Of(snapshot.Picture);
        var seriesByStory = SeriesByStory(snapshot, stories);
        using var json = new Utf8JsonWriter(output, JsonOutput.ExportOptions);
        json.WriteStartArray();
        foreach (var story in stories)
        {
            var eventKey = "event:" + story.Key;
            List<MispAttribute> attributes =
            [
                .. ArticleAttributes(story, articles),
                .. story.Propositions.SelectMany(p => PropositionAttributes(p, judgments)),
                .. seriesByStory.GetValueOrDefault(story.Key, []).SelectMany(PoolAttributes),
            ];
            json.WriteStartObject();
            json.WriteStartObject("Event");
            json.WriteString("uuid", DeterministicUuid.Misp(eventKey));
            json.WriteString("info", story.Info);
            json.WriteString("date", IsoDates.Format(FirstSeen(story, articles) ?? DateOnly.FromDateTime(snapshot.Created.UtcDateTime)));
            json.WriteString("threat_level_id", ThreatLevelUndefined);
            json.WriteString("analysis", story.Propositions.All(p => judgments.Resolution(p) is not null) ? AnalysisCompleted : AnalysisOngoing);
            json.WriteString("distribution", DistributionOrganisation);
            json.WriteBoolean("published", false);
            json.WriteString("timestamp", timestamp);
            json.WriteStartArray("Attribute");
            foreach (var attribute in attributes)
            {
                WriteAttribute(json, eventKey, attribute, timestamp);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
    }

    private static DateOnly? FirstSeen(MispStory story, Dictionary<long, SnapshotArticle> articles) =>
        story.Propositions.Select(p => p.FirstSeen).Min()
        ?? story.Propositions.SelectMany(p => p.Claims).Select(c => articles.GetValueOrDefault(c.Claim.Ref.ArticleId)?.Stored.Published).Min();

    private static IEnumerable<MispAttribute> ArticleAttributes(MispStory story, Dictionary<long, SnapshotArticle> articles)
    {
        var ids = story.Propositions.SelectMany(p => p.Claims).Select(c => c.Claim.Ref.ArticleId).Distinct().Order();
        foreach (var id in ids)
        {
            if (!articles.TryGetValue(id, out var article))
            {
                continue;
            }

            var a = article.Stored;
            var comment = Join(
                "article " + id.ToString(CultureInfo.InvariantCulture), a.Outlet, IsoDates.Format(a.Published), EnumNames.Of(a.Kind));
            if (!string.IsNullOrWhiteSpace(a.Url))
            {
                yield return new MispAttribute($"article:{id}:link", "link", "External analysis", a.Url, comment, []);
            }

            if (!string.IsNullOrWhiteSpace(a.Title))
            {
                yield return new MispAttribute($"article:{id}:title", "text", "External analysis", a.Title, comment, []);
            }
        }
    }

    private static IEnumerable<MispAttribute> PropositionAttributes(Proposition p, MispJudgments judgments)
    {
        var credibility = judgments.Credibility(p);
        var judgment = judgments.Judgment(p);
        var resolution = judgments.Resolution(p);
        List<string> tags = [];
        if (judgments.Reliability(p) is { } grade)
        {
            tags.Add(MispTags.Reliability(grade));
        }

        tags.Add(MispTags.Credibility(credibility.Digit));
        if (judgment is not null)
        {
            tags.Add(MispTags.Probability(judgment.Band));
            tags.Add(MispTags.ConfidenceIn(judgment.Confidence));
        }

        var comment = Join(
            p.Id,
            p.Label,
            Count(p.Origins.Count, "independent origin") + ", " + Count(p.Mentions, "mention") + ", " + Count(p.Outlets, "outlet"),
            Seen(p),
            Marks(p),
            resolution is null ? null : Resolved(resolution),
            judgment is null ? null : judgment.Band.Bracketed + ", " + judgment.Confidence.Word + " confidence",
            "credibility " + credibility.Digit.ToString(CultureInfo.InvariantCulture) + ": " + credibility.Reason);
        yield return new MispAttribute("proposition:" + p.Id, "text", "Other", p.Statement, comment, tags);
        if (p.Figure is { } figure)
        {
            var bounds = Join(
                figure.Low is { } low ? "low " + Raw(low) : "no lower bound",
                figure.High is { } high ? "high " + Raw(high) : "no upper bound");
            yield return new MispAttribute(
                "figure:" + p.Id, "text", "Other", figure.ToString(),
                Join(p.Id, "figure its claims agree on", bounds, "counted: " + p.Subject.Label, p.Subject.ScopeLabel.Length == 0 ? null : "scope: " + p.Subject.ScopeLabel),
                []);
        }
    }

    private static IEnumerable<MispAttribute> PoolAttributes(SubjectSeries series)
    {
        foreach (var group in series.Pool.Groups)
        {
            if (group.LinearPool is not { } pool)
            {
                continue;
            }

            var key = Join(series.Key, group.Key.Scope, EnumNames.Of(group.Key.Status));
            yield return new MispAttribute(
                "pool:" + key,
                "text",
                "Other",
                FigureText.Number(pool.P10) + "–" + FigureText.Number(pool.P90),
                Join(
                    "pooled 80% range of " + series.Label + (group.Key.Scope.Length == 0 ? "" : " in " + group.Key.Scope),
                    EnumNames.Of(group.Key.Status),
                    "median " + FigureText.Number(pool.Median),
                    "raw spread " + FigureText.Number(group.RawLow) + "–" + FigureText.Number(group.RawHigh),
                    Count(group.OriginCount, "origin"),
                    "as of " + IsoDates.Format(group.ReferenceDate)),
                []);
        }
    }

    /// <summary>Each series goes to the story holding the proposition of its earliest claim.</summary>
    private static Dictionary<string, List<SubjectSeries>> SeriesByStory(InteropSnapshot snapshot, IReadOnlyList<MispStory> stories)
    {
        var storyOfClaim = new Dictionary<ClaimRef, string>();
        foreach (var story in stories)
        {
            foreach (var claim in story.Propositions.SelectMany(p => p.Claims))
            {
                storyOfClaim.TryAdd(claim.Claim.Ref, story.Key);
            }
        }

        var byStory = new Dictionary<string, List<SubjectSeries>>(StringComparer.Ordinal);
        foreach (var series in snapshot.Series)
        {
            var first = series.Points.SelectMany(p => p.Claims).Order().FirstOrDefault();
            if (first.ClaimId is not null && storyOfClaim.TryGetValue(first, out var key))
            {
                (byStory.TryGetValue(key, out var list) ? list : byStory[key] = []).Add(series);
            }
        }

        return byStory;
    }

    private static void WriteAttribute(Utf8JsonWriter json, string eventKey, MispAttribute attribute, string timestamp)
    {
        json.WriteStartObject();
        json.WriteString("uuid", DeterministicUuid.Misp(eventKey + "|" + attribute.Key));
        json.WriteString("type", attribute.Type);
        json.WriteString("category", attribute.Category);
        json.WriteString("value", attribute.Value);
        json.WriteString("comment", attribute.Comment);
        json.WriteBoolean("to_ids", false);
        json.WriteString("distribution", DistributionInherit);
        json.WriteString("timestamp", timestamp);
        if (attribute.Tags.Count > 0)
        {
            json.WriteStartArray("Tag");
            foreach (var tag in attribute.Tags)
            {
                json.WriteStartObject();
                json.WriteString("name", tag);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static string Seen(Proposition p) =>
        "first seen " + (p.FirstSeen is null ? "unknown" : IsoDates.Format(p.FirstSeen)) + ", last seen " + (p.LastSeen is null ? "unknown" : IsoDates.Format(p.LastSeen));

    private static string? Marks(Proposition p)
    {
        List<string> marks = [];
        if (p.Projection)
        {
            marks.Add("projection");
        }

        if (p.Contested)
        {
            marks.Add("contested");
        }

        if (p.Refuted)
        {
            marks.Add("refuted");
        }

        if (p.RestsOnRefuted)
        {
            marks.Add("rests on a refuted report");
        }

        return marks.Count == 0 ? null : string.Join(", ", marks);
    }

    private static string Resolved(Resolution r) =>
        "resolved " + EnumNames.Of(r.Outcome) + " on " + IsoDates.Format(DateOnly.FromDateTime(r.At.UtcDateTime))
        + (r.Value is { } v ? " (true figure " + FigureText.Number(v) + ")" : "");

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    private static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Join(params string?[] parts) => string.Join(" · ", parts.Where(s => !string.IsNullOrEmpty(s)));
}
