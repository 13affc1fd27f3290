using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Assay.Interop.Stix;

/// <summary>Reads a file into a STIX document safely: capped in size, checked for valid UTF-8, parsed with a depth
/// limit, and checked to be a bundle or a single STIX object; every refusal names the file and the line or path.</summary>
internal static partial class StixDocument
{
    /// <summary>The bytes of <paramref name="input"/>; refuses more than <paramref name="maxBytes"/> without reading on.</summary>
    public static byte[] ReadCapped(Stream input, string location, long maxBytes)
    {
        if (input.CanSeek && input.Length - input.Position > maxBytes)
        {
            throw TooLarge(location, maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int n;
            while ((n = input.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    throw TooLarge(location, maxBytes);
                }

                buffer.Write(chunk, 0, n);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Parses the bytes as JSON (a UTF-8 byte order mark is allowed).</summary>
    public static JsonNode Parse(byte[] bytes, string location, int maxDepth)
    {
        ReadOnlySpan<byte> json = bytes;
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(json))
        {
            var (line, column) = InvalidAt(json);
            throw new InteropFormatException($"{location}: line {line}, byte {column}: the file is not valid UTF-8.");
        }

        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = maxDepth })
                   ?? throw new InteropFormatException($"{location}: line 1: the file holds JSON null, not a STIX bundle.");
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var what = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? $"the JSON is nested deeper than {maxDepth} levels"
                : "malformed JSON (" + FirstSentence(e.Message) + ")";
            throw new InteropFormatException($"{location}: line {line}, byte {column}: {what}.", e);
        }
    }

    /// <summary>The STIX objects of a bundle (with their JSON paths), or the single object the document is.</summary>
    public static IReadOnlyList<(JsonObject Object, string Path)> Objects(JsonNode root, string location)
    {
        if (root is not JsonObject o)
        {
            throw new InteropFormatException($"{location}: at $: the top level is a JSON {root.GetValueKind().ToString().ToLowerInvariant()}, not a STIX bundle or object.");
        }

        var type = StixJson.Text(o, "type");
        if (type == "bundle")
        {
            if (o["objects"] is not JsonArray array)
            {
                if (o["objects"] is null)
                {
                    return [];
                }

                throw new InteropFormatException($"{location}: at $.objects: a bundle's objects must be a list.");
            }

            var list = new List<(JsonObject, string)>(array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is not JsonObject item)
                {
                    throw new InteropFormatException($"{location}: at $.objects[{i.ToString(CultureInfo.InvariantCulture)}]: a STIX object must be a JSON object.");
                }

                list.Add((item, $"$.objects[{i.ToString(CultureInfo.InvariantCulture)}]"));
            }

            return list;
        }

        if (type is not null && StixJson.Text(o, "id") is { } id && StixId().IsMatch(id) && id.StartsWith(type + "--", StringComparison.Ordinal))
        {
            return [(o, "$")];
        }

        throw new InteropFormatException(type is null
            ? $"{location}: at $.type: there is no \"type\"; this is not a STIX bundle or object."
            : $"{location}: at $.id: a \"{type}\" without a STIX id (\"{type}--uuid\"); this is not a STIX bundle or object.");
    }

    private static InteropFormatException TooLarge(string location, long maxBytes) =>
        new($"{location}: the file is larger than {maxBytes / (1024 * 1024)} MB, the most a STIX import reads; split the bundle.");

    private static (int Line, int Column) InvalidAt(ReadOnlySpan<byte> json)
    {
        int line = 1, lineStart = 0, i = 0;
        while (i < json.Length)
        {
            if (Rune.DecodeFromUtf8(json[i..], out _, out var consumed) != OperationStatus.Done)
            {
                break;
            }

            if (json[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += consumed;
        }

        return (line, i - lineStart + 1);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    [GeneratedRegex("^[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex StixId();
}
