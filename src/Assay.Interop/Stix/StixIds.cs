using System.Security.Cryptography;
using System.Text;

namespace Assay.Interop.Stix;

/// <summary>Deterministic STIX identifiers: a name-based UUID (version 5, RFC 9562) over Assay's namespace and a stable
/// key of the thing named, so the same article, source or outlet gets the same id in every export.</summary>
internal static class StixIds
{
    /// <summary>Assay's namespace for STIX ids; fixed forever, since changing it would change every id.</summary>
    public static readonly Guid Namespace = new("6f3c1a52-9d4e-4b8a-a7c2-5e0d3b9f8a11");

    /// <summary>"type--uuid" for <paramref name="key"/>.</summary>
    public static string Of(string type, string key) => type + "--" + Uuid5(Namespace, type + "|" + key).ToString("D");

    /// <summary>The version 5 UUID of <paramref name="name"/> in <paramref name="space"/>.</summary>
    public static Guid Uuid5(Guid space, string name)
    {
        var spaceBytes = space.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[spaceBytes.Length + nameBytes.Length];
        spaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, spaceBytes.Length);
#pragma warning disable CA5350 // RFC 9562 defines version 5 over SHA-1; it names, it does not protect.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
