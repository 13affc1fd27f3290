using System.Globalization;
using Assay.Core.Text;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Specs;

/// <summary>An extracted item seen through the keys spec files use.</summary>
internal sealed class SpecItem(string kind, string text, IReadOnlyDictionary<string, string?> properties)
{
    public string Text => text;

    public bool Matches(string expected, string expectedKind) =>
        expectedKind is "claim" or "body" ? text.Contains(expected, StringComparison.Ordinal) : text == expected;

    public string? Get(string key) =>
        properties.TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"{kind} has no key '{key}'; keys: {string.Join(", ", properties.Keys)}");

    public override string ToString() =>
        $"{kind} \"{text}\" " + string.Join(' ', properties.Select(p => $"{p.Key}={(p.Value is null ? "null" : p.Value.Contains(' ', StringComparison.Ordinal) ? $"\"{p.Value}\"" : p.Value)}"));
}

/// <summary>Maps each kind of extracted item to <see cref="SpecItem"/>s.</summary>
internal static class SpecItems
{
    public static readonly string[] Kinds =
        ["article", "paragraph", "caption", "body", "sentence", "mention", "quantity", "time", "attribution", "hedge", "event", "claim"];

    public static IEnumerable<SpecItem> Of(AnnotatedDocument d, string kind) => kind switch
    {
        "article" => [Item(kind, string.Empty, [
            ("title", d.Article.Title), ("byline", d.Article.Byline), ("outlet", d.Article.Outlet), ("kind", d.Article.Kind.ToString()),
            ("published", d.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("url", d.Article.Url),
            ("language", d.Article.Language)])],
        "paragraph" => d.Article.Paragraphs.Select(p => Item(kind, d.Slice(p), [])),
        "caption" => d.Article.Captions.Select(c => Item(kind, c, [])),
        "body" => [Item(kind, d.Text, [])],
        "sentence" => d.Sentences.Select(s => Item(kind, d.Slice(s), [])),
        "mention" => d.Mentions.Select(m => Item(kind, m.Text, [
            ("actor", m.ActorId), ("name", m.ActorName), ("kind", m.Kind.ToString()), ("country", m.Country), ("cue", m.Cue)])),
        "quantity" => d.Quantities.Select(q => Item(kind, q.Text, [
            ("low", Num(q.Low)), ("high", Num(q.High)), ("qualifier", q.Qualifier.ToString()), ("counted", q.Counted),
            ("scope", q.Scope), ("cue", q.Cue)])),
        "time" => d.Times.Select(t => Item(kind, t.Text, [
            ("value", t.Value), ("granularity", t.Granularity.ToString()), ("relation", t.Relation.ToString()), ("cue", t.Cue)])),
        "attribution" => d.Attributions.Select(a => Item(kind, d.Slice(a.Cue), [
            ("source", a.Source), ("source_text", d.Slice(a.SourceSpan)), ("source_actor", a.SourceActor), ("source_type", a.SourceType.ToString()),
            ("via", Join(a.Via)), ("stance", a.Stance?.ToString()), ("cue", a.CueName), ("scope", d.Slice(a.Scope))])),
        "hedge" => d.Hedges.Select(h => Item(kind, d.Slice(h.Span), [
            ("cue", h.CueName), ("certainty", Num(h.Certainty)), ("stance", h.Stance?.ToString()), ("negated", h.Negated ? "true" : "false")])),
        "event" => d.Events.Select(e => Item(kind, d.Slice(e.Trigger), [
            ("type", e.Type.ToString()), ("cue", e.CueName), ("agent", e.Agent), ("agent_cue", e.AgentCue), ("theme", e.Theme),
            ("location", e.Location)])),
        "claim" => d.Claims.Select(c => Item(kind, c.Text, [
            ("event", c.Event.ToString()), ("agent", c.Agent), ("theme", c.Theme), ("location", c.Location),
            ("source", c.Source), ("source_actor", c.SourceActor), ("source_type", c.SourceType.ToString()), ("via", Join(c.Via)),
            ("stance", c.Stance.ToString()), ("certainty", Num(c.Certainty)),
            ("quantity", c.QuantityIndex is { } q ? d.Quantities[q].Text : null),
            ("time", c.TimeIndex is { } t ? d.Times[t].Value : null),
            ("cues", Join(c.Cues))])),
        _ => throw new InvalidOperationException($"Unknown kind '{kind}'; use one of {string.Join(", ", Kinds)}."),
    };

    private static SpecItem Item(string kind, string text, (string Key, string? Value)[] properties) =>
        new(kind, text, properties.ToDictionary(p => p.Key, p => p.Value));

    private static string? Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(", ", values);

    internal static string Slice(this AnnotatedDocument d, TextSpan span) => d.Text.Substring(span.Start, span.Length);
}
