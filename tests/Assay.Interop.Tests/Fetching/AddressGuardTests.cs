using System.Net;
using Assay.Interop.Fetching;

namespace Assay.Interop.Tests.Fetching;

public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.8.9.10", "a loopback address")]
    [InlineData("10.0.0.1", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("255.255.255.255", "a broadcast address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fd00::1", "a private address")]
    [InlineData("fc00::1", "a private address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.1.2.3", "a private address")]
    [InlineData("64:ff9b::a9fe:a9fe", "a link-local address")]
    [InlineData("2002:c0a8:0101::1", "a private address")]
    public void Refusal_NonPublicAddress_SaysWhy(string address, string expected)
    {
        // Given an address outside the public internet
        // When it is judged
        var refusal = AddressGuard.Refusal(IPAddress.Parse(address));

        // Then it is refused with its kind
        Assert.Equal(expected, refusal);
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700::6810:84e5")]
    [InlineData("::ffff:8.8.8.8")]
    public void Refusal_PublicAddress_IsNull(string address)
    {
        // Given a public address (including ones just outside the private ranges)
        // When it is judged
        // Then it is allowed
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse(address)));
    }
}
