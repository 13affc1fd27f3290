using System.Text.Json.Nodes;
using Assay.Core.Text;

namespace Assay.Interop.Stix;

/// <summary>Small helpers for building and reading STIX objects as JSON nodes.</summary>
/// <remarks>Leaves out nulls and empty lists rather than writing them: STIX forbids empty lists and null values in
/// most properties, and an absent property reads back as null or empty.</remarks>
internal static class StixJson
{
    /// <summary>Sets <paramref name="name"/> to a string when it has a value.</summary>
    public static void Put(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }

    /// <summary>Sets <paramref name="name"/> to a number when it has a value.</summary>
    public static void Put(JsonObject target, string name, double? value)
    {
        if (value is { } v)
        {
            target[name] = v;
        }
    }

    /// <summary>Sets <paramref name="name"/> to an integer when it has a value.</summary>
    public static void Put(JsonObject target, string name, int? value)
    {
        if (value is { } v)
        {
            target[name] = v;
        }
    }

    /// <summary>Sets <paramref name="name"/> to a list of strings when there is at least one.</summary>
    public static void Put(JsonObject target, string name, IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var v in values)
        {
            array.Add(v);
        }

        if (array.Count > 0)
        {
            target[name] = array;
        }
    }

    /// <summary>Sets <paramref name="name"/> to a list of objects when there is at least one.</summary>
    public static void Put(JsonObject target, string name, IEnumerable<JsonObject> values)
    {
        var array = new JsonArray();
        foreach (var v in values)
        {
            array.Add(v);
        }

        if (array.Count > 0)
        {
            target[name] = array;
        }
    }

    /// <summary>A span as [start, end].</summary>
    public static JsonArray Span(TextSpan span) => [span.Start, span.End];

    /// <summary>The string at <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? Text(JsonObject? source, string name) =>
        source?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The number at <paramref name="name"/>, or null when absent or not a number.</summary>
    public static double? Number(JsonObject? source, string name) =>
        source?[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    /// <summary>The integer at <paramref name="name"/>, or null when absent or not an integer.</summary>
    public static int? Integer(JsonObject? source, string name) =>
        source?[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    /// <summary>The strings of the list at <paramref name="name"/> (non-strings left out); empty when absent.</summary>
    public static IReadOnlyList<string> Texts(JsonObject? source, string name) =>
        source?[name] is JsonArray a ? [.. a.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>()] : [];

    /// <summary>The objects of the list at <paramref name="name"/>; empty when absent.</summary>
    public static IReadOnlyList<JsonObject> Objects(JsonObject? source, string name) =>
        source?[name] is JsonArray a ? [.. a.OfType<JsonObject>()] : [];

    /// <summary>The span [start, end] at <paramref name="name"/>, or null when absent or not a valid span.</summary>
    public static TextSpan? SpanOf(JsonObject? source, string name) => SpanOf(source?[name]);

    /// <summary>The span [start, end] <paramref name="node"/> holds, or null when it is not a valid span.</summary>
    public static TextSpan? SpanOf(JsonNode? node)
    {
        if (node is not JsonArray { Count: 2 } a
            || a[0] is not JsonValue s || !s.TryGetValue<int>(out var start)
            || a[1] is not JsonValue e || !e.TryGetValue<int>(out var end)
            || start < 0 || end < start)
        {
            return null;
        }

        return new TextSpan(start, end);
    }
}
