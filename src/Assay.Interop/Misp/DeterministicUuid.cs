using System.Security.Cryptography;
using System.Text;

namespace Assay.Interop.Misp;

/// <summary>Name-based UUIDs (RFC 9562 version 5, SHA-1): the same namespace and name always give the same uuid, so an
/// export of the same store names its events and attributes the same way every time and MISP updates rather than
/// duplicates them on a second import.</summary>
internal static class DeterministicUuid
{
    /// <summary>Assay's namespace for MISP uuids; fixed for good, since changing it renames every exported object.</summary>
    public static readonly Guid MispNamespace = new("6f3c2a5e-8d41-4b7a-9c0e-2b5d7f1a9e34");

    /// <summary>The version 5 uuid of <paramref name="name"/> in <paramref name="ns"/>.</summary>
    public static Guid Create(Guid ns, string name)
    {
        Span<byte> input = stackalloc byte[16];
        // The RFC hashes the namespace in network byte order; Guid.TryWriteBytes with bigEndian gives exactly that.
        ns.TryWriteBytes(input, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        input.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5; it names, it does not protect.
        var hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    /// <summary>The uuid of <paramref name="name"/> in Assay's MISP namespace, lower-case with hyphens.</summary>
    public static string Misp(string name) => Create(MispNamespace, name).ToString("D");
}
