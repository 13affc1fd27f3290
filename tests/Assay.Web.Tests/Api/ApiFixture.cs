using Assay.Web.Tests.Support;

namespace Assay.Web.Tests.Api;

/// <summary>The app over the samples store, shared by the read-only tests of a class (the story picture is built once).</summary>
public sealed class ApiFixture : IDisposable
{
    private readonly AssayWebFactory _factory;

    public ApiFixture()
    {
        Samples = new SamplesWorkspace();
        _factory = new AssayWebFactory(Samples.Db);
        Client = _factory.CreateClient();
    }

    /// <summary>The samples store, for tests that write to a copy.</summary>
    public SamplesWorkspace Samples { get; }

    /// <summary>A client of the app over the samples store.</summary>
    public HttpClient Client { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>A new app over a copy of the samples store (with extra settings), for a test that writes.</summary>
    public AssayWebFactory Writable(IReadOnlyDictionary<string, string?>? settings = null) => new(Samples.Copy(), settings);

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        Samples.Dispose();
    }
}
