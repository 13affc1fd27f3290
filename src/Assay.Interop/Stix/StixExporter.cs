using System.Text.Json;
using System.Text.Json.Nodes;
using Assay.Workspace;

namespace Assay.Interop.Stix;

/// <summary>Writes a snapshot as a STIX 2.1 bundle: reports, identities, locations, relationships, notes and opinions,
/// with Assay's claims in its own extension (docs/stix.md).</summary>
public static class StixExporter
{
    /// <summary>Writes one STIX 2.1 bundle (indented JSON, UTF-8, no BOM) of the snapshot.</summary>
    /// <remarks>Deterministic: the same snapshot with the same <see cref="InteropSnapshot.Created"/> gives the same bytes;
    /// ids are name-based over content hashes and origin ids, never over the store's row ids.</remarks>
    public static void Write(InteropSnapshot snapshot, Stream output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var objects = new StixBundleBuilder(snapshot).Build();
        var ids = string.Join('|', objects.Select(o => (string)o["id"]!));
        var bundle = new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = StixIds.Of("bundle", StixTime.Format(snapshot.Created) + "|" + ids),
            ["objects"] = new JsonArray([.. objects]),
        };
        using var writer = new Utf8JsonWriter(output, JsonOutput.ExportOptions);
        bundle.WriteTo(writer);
        writer.Flush();
    }
}
