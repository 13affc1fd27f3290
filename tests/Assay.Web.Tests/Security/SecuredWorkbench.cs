using System.Net.Http.Headers;
using Assay.Storage;
using Assay.Web.Tests.Support;
using Assay.Workspace;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assay.Web.Tests.Security;

/// <summary>The app over a copy of the samples store with sign-in required, and a viewer, an analyst and an admin each
/// holding a token created through the store.</summary>
internal sealed class SecuredWorkbench : IAsyncDisposable
{
    private SecuredWorkbench(string db, AssayWebFactory factory, string viewer, string analyst, string admin)
    {
        Db = db;
        Factory = factory;
        ViewerToken = viewer;
        AnalystToken = analyst;
        AdminToken = admin;
    }

    /// <summary>The store's path.</summary>
    public string Db { get; }

    /// <summary>The app.</summary>
    public AssayWebFactory Factory { get; }

    /// <summary>A viewer's token.</summary>
    public string ViewerToken { get; }

    /// <summary>An analyst's token.</summary>
    public string AnalystToken { get; }

    /// <summary>An admin's token.</summary>
    public string AdminToken { get; }

    /// <summary>Starts the app over a copy of <paramref name="samples"/> with Assay:RequireAuth=true and <paramref name="settings"/>.</summary>
    public static SecuredWorkbench Start(SamplesWorkspace samples, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var db = samples.Copy();
        string viewer, analyst, admin;
        using (var store = StoreFactory.Open(db))
        {
            viewer = Issue(store, "vera", UserRoles.Viewer);
            analyst = Issue(store, "anders", UserRoles.Analyst);
            admin = Issue(store, "ada", UserRoles.Admin);
        }

        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Assay:RequireAuth"] = "true" };
        return new SecuredWorkbench(db, new AssayWebFactory(db, all), viewer, analyst, admin);
    }

    /// <summary>A client that does not follow redirects, sending <paramref name="token"/> as a bearer token when given.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>How many articles and decisions (undone included) the store holds.</summary>
    public (int Articles, int Decisions) Counts()
    {
        using var store = StoreFactory.Open(Db);
        return (store.Articles().Count, store.Decisions(includeUndone: true).Count);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    private static string Issue(IStore store, string name, string role)
    {
        store.AddUser(name, role);
        return store.IssueToken(name)!.Secret;
    }
}
