using Assay.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Assay.Web.Tests.Browser;

/// <summary>The real app on Kestrel at a free loopback port, built by <see cref="WebApp.Create"/> as 'assay serve' builds
/// it (its content root is the test's bin folder, which has no wwwroot).</summary>
internal sealed class LiveApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveApp(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where it listens ("http://127.0.0.1:41234/").</summary>
    public Uri Address { get; }

    /// <summary>Starts the app over <paramref name="db"/>.</summary>
    public static async Task<LiveApp> StartAsync(string db)
    {
        var app = WebApp.Create(["--urls=http://127.0.0.1:0", $"--Assay:Db={db}"]);
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LiveApp(app, new Uri(bound.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
