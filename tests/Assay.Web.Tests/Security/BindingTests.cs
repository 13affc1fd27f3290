using System.Net;
using Assay.Storage;
using Assay.Web.Security;
using Assay.Web.Tests.Support;
using Assay.Workspace;
using Microsoft.Extensions.Configuration;

namespace Assay.Web.Tests.Security;

/// <summary>Whether sign-in is required follows the addresses the app listens on.</summary>
public sealed class BindingTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.2:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("https://[::]:443", false)]
    [InlineData("http://192.168.1.20:8080", false)]
    [InlineData("http://assay.example.org", false)]
    [InlineData("http://localhost.example.org", false)]
    public void IsLoopback_Address_TellsThisMachineFromBeyond(string url, bool loopback)
    {
        // Given an address to listen on
        // When it is judged
        // Then only loopback addresses count as this machine
        Assert.Equal(loopback, SignInRequirement.IsLoopback(url));
    }

    [Fact]
    public void From_OneAddressBeyondLoopbackAmongSeveral_RequiresSignIn()
    {
        // Given urls listing a loopback address and a public one, and a Kestrel endpoint
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5080;http://10.0.0.5:5080",
        }).Build();
        var kestrelOnly = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Web:Url"] = "https://0.0.0.0:8443",
        }).Build();
        var portsOnly = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["http_ports"] = "8080" }).Build();
        var local = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://localhost:5080" }).Build();

        // When the requirement is read from each
        // Then any address beyond this machine requires sign-in and is named
        Assert.Equal((true, "http://10.0.0.5:5080"), (SignInRequirement.From(configuration).Required, SignInRequirement.From(configuration).PublicUrl));
        Assert.True(SignInRequirement.From(kestrelOnly).Required);
        Assert.True(SignInRequirement.From(portsOnly).Required);
        Assert.False(SignInRequirement.From(local).Required);
    }

    [Fact]
    public async Task Start_BeyondLoopbackWithNoUsers_RefusesWithAClearMessage()
    {
        // Given a store with no users and the app told to listen on every interface
        var db = samples.Copy();
        await using var factory = new AssayWebFactory(db, new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:5999" });

        // When it starts
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        // Then it refuses, saying how to create a user
        var message = string.Join(" | ", Messages(error));
        Assert.Contains("create a user with 'assay users add", message, StringComparison.Ordinal);
        Assert.Contains("http://0.0.0.0:5999", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BeyondLoopbackWithAUser_RequiresAToken()
    {
        // Given a store with one user and the app told to listen on every interface
        var db = samples.Copy();
        using (var store = StoreFactory.Open(db))
        {
            store.AddUser("ada", UserRoles.Admin);
        }

        await using var factory = new AssayWebFactory(db, new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:5999" });
        using var client = factory.CreateClient();

        // When the API is called without a token
        using var response = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        // Then it answers 401
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Loopback_WithoutRequireAuth_NeedsNoToken()
    {
        // Given the app bound to this machine only, sign-in not required
        var db = samples.Copy();
        await using var factory = new AssayWebFactory(db);
        using var client = factory.CreateClient();

        // When the home page and the API are called without a token
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var openApi = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        // Then both answer
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
    }

    [Fact]
    public async Task Loopback_WithoutRequireAuth_RefusesAnotherHostName()
    {
        // Given the app bound to this machine only, sign-in not required
        var db = samples.Copy();
        await using var factory = new AssayWebFactory(db);
        using var client = factory.CreateClient();

        // When a request names another host, as a page rebinding its domain to 127.0.0.1 would
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "attacker.example";
        using var response = await client.SendAsync(request);

        // Then it is refused
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static IEnumerable<string> Messages(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error.Message;
        }
    }
}
