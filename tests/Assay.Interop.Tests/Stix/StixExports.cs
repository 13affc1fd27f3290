using System.Text.Json.Nodes;
using Assay.Analysis.Story;
using Assay.Interop.Stix;
using Assay.Storage;

namespace Assay.Interop.Tests.Stix;

/// <summary>Exports a store as a STIX bundle at a fixed time, for the tests to compare and inspect.</summary>
internal static class StixExports
{
    /// <summary>The fixed snapshot time every test exports at.</summary>
    public static readonly DateTimeOffset Created = new(2024, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The bundle's bytes.</summary>
    public static byte[] Bytes(IStore store)
    {
        var snapshot = InteropSnapshot.Load(store, StoryOptions.Default with { Embedder = null }, created: Created);
        using var output = new MemoryStream();
        StixExporter.Write(snapshot, output);
        return output.ToArray();
    }

    /// <summary>The bundle's objects.</summary>
    public static IReadOnlyList<JsonObject> Objects(byte[] bundle) => [.. JsonNode.Parse(bundle)!["objects"]!.AsArray().OfType<JsonObject>()];

    /// <summary>Assay's extension on an object, or null.</summary>
    public static JsonObject? Extension(JsonObject o) => o["extensions"]?[StixExtension.DefinitionId] as JsonObject;
}
