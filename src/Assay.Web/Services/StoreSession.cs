using Assay.Storage;
using Assay.Workspace;
using Microsoft.Extensions.Options;

namespace Assay.Web.Services;

/// <summary>The store for one request, opened on first use and closed with the request.</summary>
public sealed class StoreSession(IOptions<WebOptions> options) : IDisposable
{
    private IStore? _store;

    /// <summary>The request's store.</summary>
    public IStore Store => _store ??= StoreFactory.Open(options.Value.Db);

    /// <inheritdoc/>
    public void Dispose() => _store?.Dispose();
}
