using System.Net;
using System.Text.Json;

namespace Assay.Web.Tests.Api;

/// <summary>GET /claims with its filters and paging, and GET /claims/{articleId}/{claimId}.</summary>
public sealed class ClaimsApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task List_SourceFilter_OnlyClaimsCreditingTheNis()
    {
        // Given the samples store, where the NIS is cited directly and through Yonhap and lawmakers
        // When the claims are filtered by source
        var (status, page) = await Http.Get(api.Client, "/api/v1/claims?source=National%20Intelligence%20Service&limit=500");

        // Then there are many, and every one names the NIS as its source or in its chain
        Assert.Equal(HttpStatusCode.OK, status);
        var items = page.Items();
        Assert.True(items.Count >= 20, $"only {items.Count} NIS claims");
        Assert.All(items, c => Assert.Contains(
            "National Intelligence Service",
            c.Str("source") + " " + string.Join(" ", c.GetProperty("via").EnumerateArray().Select(v => v.GetString())),
            StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task List_StanceAndUntil_FilterTogether()
    {
        // Given the samples store, with denials from Moscow and Pyongyang in 2024
        // When denied claims up to the end of 2024 are asked for
        var (_, page) = await Http.Get(api.Client, "/api/v1/claims?stance=denied&until=2024-12-31&limit=500");

        // Then each is a denial published in 2024, and there are some
        var items = page.Items();
        Assert.NotEmpty(items);
        Assert.All(items, c => Assert.Equal("denied", c.Str("stance")));
        Assert.All(items, c => Assert.True(string.CompareOrdinal(c.Str("published"), "2024-12-31") <= 0));
    }

    [Fact]
    public async Task List_Paging_PagesDoNotOverlapAndTotalHolds()
    {
        // Given the samples store
        // When the first two pages of twenty claims are read
        var (_, first) = await Http.Get(api.Client, "/api/v1/claims?limit=20");
        var (_, second) = await Http.Get(api.Client, first.Str("next")!);

        // Then they are disjoint, the next link carries the offset, and the total is left open (null) while more follow:
        // the store reads only as far as the page reaches
        var a = first.Items().Select(c => c.Str("ref")).ToList();
        var b = second.Items().Select(c => c.Str("ref")).ToList();
        Assert.Equal(20, a.Count);
        Assert.Equal(20, b.Count);
        Assert.Empty(a.Intersect(b));
        Assert.Equal(20, second.GetProperty("offset").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("total").ValueKind);
        Assert.NotNull(second.Str("next"));
    }

    [Fact]
    public async Task List_TextAndFullText_NarrowTheClaims()
    {
        // Given the samples store
        // When claims are searched by words in their fields, and by full text of their articles
        var (_, byWords) = await Http.Get(api.Client, "/api/v1/claims?text=Kursk&limit=500");
        var (_, byArticle) = await Http.Get(api.Client, "/api/v1/claims?q=Buryatia&limit=500");
        var (_, all) = await Http.Get(api.Client, "/api/v1/claims?limit=500");

        // Then each gives fewer claims than the whole store (all of it on one page, so its total is known), and the
        // full-text one only from articles naming Buryatia
        Assert.Null(all.Str("next"));
        var total = all.GetProperty("total").GetInt32();
        Assert.InRange(byWords.GetProperty("total").GetInt32(), 1, total - 1);
        Assert.InRange(byArticle.GetProperty("total").GetInt32(), 1, total - 1);
        var (_, hits) = await Http.Get(api.Client, "/api/v1/articles?q=Buryatia");
        var ids = hits.Items().Select(h => h.GetProperty("id").GetInt64()).ToHashSet();
        Assert.All(byArticle.Items(), c => Assert.Contains(c.GetProperty("article_id").GetInt64(), ids));
    }

    [Theory]
    [InlineData("/api/v1/claims?stance=maybe", "stance")]
    [InlineData("/api/v1/claims?event=party", "event")]
    [InlineData("/api/v1/claims?article=abc", "article")]
    [InlineData("/api/v1/claims?limit=many", "limit")]
    public async Task List_BadFilter_400NamingIt(string path, string parameter)
    {
        // Given the samples store
        // When a filter has a value it cannot take
        var (status, problem) = await Http.Get(api.Client, path);

        // Then the 400 names the parameter
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter, problem.Str("parameter"));
    }

    [Fact]
    public async Task Get_TroopClaim_NamesItsPropositionAndOrigin()
    {
        // Given a claim of the strongest proposition
        var (_, propositions) = await Http.Get(api.Client, "/api/v1/propositions?limit=1");
        var id = propositions.Items()[0].Str("id")!;
        var (_, detail) = await Http.Get(api.Client, $"/api/v1/propositions/{id}");
        var reference = detail.GetProperty("claims")[0].Str("ref")!;

        // When that claim is read on its own
        var (status, claim) = await Http.Get(api.Client, $"/api/v1/claims/{reference}");

        // Then it names the proposition and its origin
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(reference, claim.GetProperty("claim").Str("ref"));
        Assert.Equal(id, claim.Str("proposition"));
        Assert.False(string.IsNullOrEmpty(claim.GetProperty("origin").Str("id")));
    }

    [Fact]
    public async Task Get_UnknownClaim_404()
    {
        // Given the samples store
        // When a claim that is not there is asked for
        var (status, problem) = await Http.Get(api.Client, "/api/v1/claims/1/c999");

        // Then it is a 404 naming it
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("1/c999", problem.Str("detail"), StringComparison.Ordinal);
    }
}
