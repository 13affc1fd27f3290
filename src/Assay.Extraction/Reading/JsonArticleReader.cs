using System.Text.Json;

namespace Assay.Extraction.Reading;

/// <summary>Reads articles from JSON: one object, an array of objects, or one object per JSON Lines line.</summary>
/// <remarks>Fields (names matched case-insensitively): text (required; also "body", "content"), title
/// ("headline"), url ("link"), published (ISO date or date-time; also "date", "datePublished"), outlet
/// ("publisher", "source", "site"), byline ("author", "authors"), kind ("type"), language (BCP 47 tag; also "lang",
/// "locale", "inLanguage").</remarks>
internal static class JsonArticleReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads a whole JSON document; array elements are located as "file.json[index]" (from 0).</summary>
    public static IEnumerable<ReadResult> ReadDocument(string json, string location)
    {
        if (!TryParse(json, location, out var root, out var failure))
        {
            return [failure];
        }

        if (root.ValueKind == JsonValueKind.Array)
        {
            var results = new List<ReadResult>(root.GetArrayLength());
            var index = 0;
            foreach (var item in root.EnumerateArray())
            {
                results.Add(FromElement(item, $"{location}[{index++}]"));
            }

            return results.Count > 0 ? results : [ReadResult.Fail(location, $"{location}: the JSON array is empty")];
        }

        return [FromElement(root, location)];
    }

    /// <summary>Reads one JSON Lines record; <paramref name="location"/> already carries ":line".</summary>
    public static ReadResult ReadLine(string line, string location) =>
        TryParse(line, location, out var root, out var failure) ? FromElement(root, location) : failure;

    private static bool TryParse(string json, string location, out JsonElement root, out ReadResult failure)
    {
        failure = null!;
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            root = document.RootElement.Clone();
            return true;
        }
        catch (JsonException ex)
        {
            root = default;
            failure = ReadResult.Fail(location, $"{location}: malformed JSON at line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}");
            return false;
        }
    }

    private static ReadResult FromElement(JsonElement item, string location)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return ReadResult.Fail(location, $"{location}: expected a JSON object, found {item.ValueKind.ToString().ToLowerInvariant()}");
        }

        var text = Field(item, "text", "body", "content", "articleBody");
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadResult.Fail(location, $"{location}: the record has no \"text\" field");
        }

        var draft = new ArticleDraft
        {
            Title = Field(item, "title", "headline"),
            Url = UrlText.Clean(Field(item, "url", "link", "canonical_url")),
            Outlet = Field(item, "outlet", "publisher", "source", "site", "site_name"),
            Byline = Field(item, "byline", "author", "authors"),
            Published = DateText.Parse(Field(item, "published", "date", "datePublished", "published_at", "publishedAt", "pubDate")),
            Language = LanguageTag.Normalise(Field(item, "language", "lang", "locale", "inLanguage")),
        };
        draft.Kind = KindMarkers.FromLabel(Field(item, "kind", "type"));

        AddParagraphs(draft, TextDecoder.NormaliseNewlines(text));
        return draft.Finish(location);
    }

    private static void AddParagraphs(ArticleDraft draft, string text)
    {
        // Blank lines separate paragraphs when present; otherwise each line is one.
        var blankSeparated = text.Contains("\n\n", StringComparison.Ordinal);
        foreach (var part in text.Split(blankSeparated ? "\n\n" : "\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            draft.AddBody(part, BlockRole.Paragraph);
        }
    }

    private static string? Field(JsonElement item, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var property in item.EnumerateObject())
            {
                if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var value = Scalar(property.Value);
                if (!string.IsNullOrWhiteSpace(value))
                {
                    return value.Trim();
                }
            }
        }

        return null;
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Object when value.TryGetProperty("name", out var name) => Scalar(name),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Scalar).Where(s => !string.IsNullOrWhiteSpace(s))),
        _ => null,
    };
}
