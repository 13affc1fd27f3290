using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assay.Web.Tests.Support;

/// <summary>The web app in memory over a given store, with extra settings ("Assay:MaxUploadBytes", …) when a test needs them.</summary>
public sealed class AssayWebFactory(string db, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Assay:Db", db);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
