using Assay.Analysis.Story;
using Assay.Web.Tests.Support;
using Assay.Workspace;

namespace Assay.Interop.Tests;

public sealed class InteropSnapshotTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Fact]
    public void Load_Samples_HoldsEveryArticleWithItsClaimsAndThePicture()
    {
        // Given the samples store
        using var store = StoreFactory.Open(samples.Db);

        // When the whole store is read
        var snapshot = InteropSnapshot.Load(store, StoryOptions.Default with { Embedder = null });

        // Then every article is there with its extraction, and the picture covers their claims
        Assert.Equal(store.Stats().Articles, snapshot.Articles.Count);
        Assert.Equal(snapshot.Articles.Sum(a => a.Extraction.Claims.Count), snapshot.Picture.ClaimCount);
        Assert.NotEmpty(snapshot.Series);
    }
}
