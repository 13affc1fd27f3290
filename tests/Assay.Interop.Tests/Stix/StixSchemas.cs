using System.Text.Json;
using Assay.Testing;
using Json.Schema;

namespace Assay.Interop.Tests.Stix;

/// <summary>The official STIX 2.1 JSON schemas from ../shared/data/stix2.1-schemas, each registered by its <c>$id</c>,
/// and validation of one object against the schema of its type.</summary>
internal sealed class StixSchemas
{
    private const string Base = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

    private readonly BuildOptions _options;
    private readonly Dictionary<string, JsonSchema> _byType = new(StringComparer.Ordinal);

    public StixSchemas()
    {
        var registry = new SchemaRegistry();
        _options = new BuildOptions { SchemaRegistry = registry };
        var folder = SharedData.PathOf("data", "stix2.1-schemas");
        var files = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        // Load every document first so that a $ref between them resolves whichever is built first.
        var documents = files.Select(f => (File: f, Json: File.ReadAllText(f))).ToList();
        foreach (var (file, json) in documents)
        {
            var id = JsonDocument.Parse(json).RootElement.GetProperty("$id").GetString()!;
            var schema = JsonSchema.FromText(json, _options, new Uri(id));
            registry.Register(new Uri(id), schema);
            var folderName = Path.GetFileName(Path.GetDirectoryName(file))!;
            var type = Path.GetFileNameWithoutExtension(file);
            if (folderName is "sdos" or "sros" || type is "extension-definition" or "bundle")
            {
                _byType[type] = schema;
            }
        }

        // The bundle schema lists the cyber-observable schemas, which the shared copy does not hold; Assay writes no
        // observables, so each is registered as a schema nothing matches.
        foreach (var name in new[]
                 {
                     "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file", "ipv4-addr",
                     "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url", "user-account",
                     "windows-registry-key", "x509-certificate",
                 })
        {
            var uri = new Uri(Base + "observables/" + name + ".json");
            if (registry.Get(uri) is null)
            {
                registry.Register(uri, JsonSchema.FromText("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \"" + uri + "\", \"not\": {}}", _options, uri));
            }
        }
    }

    /// <summary>The failures of the bundle envelope against common/bundle.json, checked with the objects of the types that
    /// schema lists.</summary>
    /// <remarks>The official bundle schema lists neither location, note, opinion nor extension-definition, and such an
    /// object then matches both of its fallback branches (core and cyber-observable core), which its <c>oneOf</c>
    /// refuses: no bundle holding one can pass. Those objects are validated against their own schemas instead.</remarks>
    public IReadOnlyList<string> BundleErrors(JsonElement bundle)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal) { "identity", "relationship", "report", "malware", "sighting", "indicator" };
        var objects = bundle.GetProperty("objects").EnumerateArray().Where(o => listed.Contains(o.GetProperty("type").GetString()!)).ToList();
        var envelope = "{\"type\":\"bundle\",\"id\":" + bundle.GetProperty("id").GetRawText() + ",\"objects\":["
                       + string.Join(',', objects.Select(o => o.GetRawText())) + "]}";
        using var document = JsonDocument.Parse(envelope);
        return Errors("bundle", document.RootElement.Clone());
    }

    /// <summary>The failing schema paths and messages of <paramref name="element"/> against the schema of
    /// <paramref name="type"/>; empty when it is valid.</summary>
    public IReadOnlyList<string> Errors(string type, JsonElement element)
    {
        if (!_byType.TryGetValue(type, out var schema))
        {
            return ["no official schema for type " + type];
        }

        var results = schema.Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        // The list holds failures of branches an anyOf or oneOf did not need too; for an invalid instance they show where.
        return [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))];
    }
}
