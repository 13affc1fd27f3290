using System.Net;
using System.Net.Sockets;

namespace Assay.Interop.Fetching;

/// <summary>Says which addresses a fetch must not reach unless private addresses are allowed: everything that is not
/// the public internet (loopback, private, link-local, shared, unspecified, multicast, broadcast and reserved),
/// including IPv4 addresses wrapped in IPv6.</summary>
internal static class AddressGuard
{
    /// <summary>Why <paramref name="address"/> is refused ("a loopback address"), or null when it is public.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv4MappedToIPv6)
            {
                return Refusal(address.MapToIPv4());
            }

            return RefusalV6(address);
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return "not an IP address";
        }

        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return b[0] switch
        {
            0 => "an unspecified address",
            127 => "a loopback address",
            10 => "a private address",
            172 when (b[1] & 0xF0) == 16 => "a private address",
            192 when b[1] == 168 => "a private address",
            169 when b[1] == 254 => "a link-local address",
            100 when (b[1] & 0xC0) == 64 => "a shared (carrier-grade NAT) address",
            >= 224 and < 240 => "a multicast address",
            >= 240 => b[0] == 255 && b[1] == 255 && b[2] == 255 && b[3] == 255 ? "a broadcast address" : "a reserved address",
            _ => null,
        };
    }

    private static string? RefusalV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any))
        {
            return "an unspecified address";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return "a loopback address";
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);
        if (b[0] == 0xFF)
        {
            return "a multicast address";
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) is 0x80 or 0xC0)
        {
            return "a link-local address";
        }

        if ((b[0] & 0xFE) == 0xFC)
        {
            return "a private address";
        }

        // IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:a.b.c.d::) addresses carry an IPv4
        // address that a gateway may deliver to: judge that one.
        if (b[..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return Refusal(new IPAddress(b[12..]));
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return Refusal(new IPAddress(b[12..]));
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return Refusal(new IPAddress(b[2..6]));
        }

        return null;
    }
}
