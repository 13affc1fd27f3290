using System.Net;

namespace Assay.Web.Tests.Api;

/// <summary>GET /articles (paging, order, filters, search) and GET /articles/{id} with its spans.</summary>
public sealed class ArticlesApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task List_LimitAndOffset_PagesThroughEveryArticleOnce()
    {
        // Given the samples store
        // When the articles are read ten at a time by following "next"
        var seen = new List<long>();
        string? next = "/api/v1/articles?limit=10";
        var total = 0;
        while (next is not null)
        {
            var (status, page) = await Http.Get(api.Client, next);
            Assert.Equal(HttpStatusCode.OK, status);
            total = page.GetProperty("total").GetInt32();
            Assert.Equal(10, page.GetProperty("limit").GetInt32());
            seen.AddRange(page.Items().Select(a => a.GetProperty("id").GetInt64()));
            next = page.Str("next");
        }

        // Then every article comes exactly once, and the total is the samples' count
        Assert.Equal(38, total);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task List_Default_NewestFirstWithNextLink()
    {
        // Given the samples store
        // When the first page is asked for without paging parameters
        var (_, page) = await Http.Get(api.Client, "/api/v1/articles");

        // Then 38 articles fit in the default page of 50, newest first, with no next page
        var dates = page.Items().Select(a => a.Str("published") ?? "").ToList();
        Assert.Equal(38, dates.Count);
        Assert.Equal(50, page.GetProperty("limit").GetInt32());
        Assert.Null(page.Str("next"));
        Assert.Equal("2025-06-18", dates[0]);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task List_OutletAndDates_FilterTheArticles()
    {
        // Given the samples store, with several Yonhap articles
        // When Yonhap articles from November and December 2024 are asked for
        var (_, page) = await Http.Get(api.Client, "/api/v1/articles?outlet=yonhap&since=2024-11-01&until=2024-12-31&limit=2");

        // Then only those come back, two to a page, with the filters kept in the next link
        var items = page.Items();
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.All(items, a => Assert.Equal("Yonhap", a.Str("outlet")));
        Assert.Equal(["2024-12-19", "2024-11-20"], items.Select(a => a.Str("published")));
    }

    [Fact]
    public async Task List_FullTextQuery_FindsTheFactCheckWithASnippet()
    {
        // Given the samples store, where one fact check says where the viral video was filmed
        // When the articles are searched for Buryatia
        var (_, page) = await Http.Get(api.Client, "/api/v1/articles?q=Buryatia");

        // Then the fact check is among the hits, each hit carrying a snippet
        var items = page.Items();
        Assert.Contains(items, a => a.Str("outlet") == "verificationdesk.org");
        Assert.All(items, a => Assert.False(string.IsNullOrEmpty(a.Str("snippet"))));
    }

    [Theory]
    [InlineData("/api/v1/articles?limit=0", "limit")]
    [InlineData("/api/v1/articles?limit=501", "limit")]
    [InlineData("/api/v1/articles?offset=-1", "offset")]
    [InlineData("/api/v1/articles?since=last-week", "since")]
    [InlineData("/api/v1/articles?until=2024-13-01", "until")]
    public async Task List_BadParameter_400NamingIt(string path, string parameter)
    {
        // Given the samples store
        // When a list is asked for with a bad parameter
        var (status, problem) = await Http.Get(api.Client, path);

        // Then it is a 400 ProblemDetails whose detail names the parameter
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.StartsWith(parameter + ":", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NisPressRelease_TextAndSpansLineUp()
    {
        // Given the NIS press release among the samples
        var (_, list) = await Http.Get(api.Client, "/api/v1/articles?outlet=National%20Intelligence%20Service");
        var id = list.Items().Single().GetProperty("id").GetInt64();

        // When it is read with its spans
        var (status, article) = await Http.Get(api.Client, $"/api/v1/articles/{id}");

        // Then every claim, quantity and mention span cuts its own words out of the text
        Assert.Equal(HttpStatusCode.OK, status);
        var text = article.Str("text")!;
        var claims = article.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.NotEmpty(article.GetProperty("sentences").EnumerateArray());
        foreach (var span in claims.Concat(article.GetProperty("quantities").EnumerateArray()).Concat(article.GetProperty("mentions").EnumerateArray()))
        {
            var start = span.GetProperty("start").GetInt32();
            var end = span.GetProperty("end").GetInt32();
            Assert.Equal(span.Str("text"), text[start..end]);
        }

        Assert.Contains(article.GetProperty("mentions").EnumerateArray(), m => m.Str("actor") == "south-korea-nis");
        Assert.Contains(article.GetProperty("quantities").EnumerateArray(), q => q.GetProperty("high").ValueKind == System.Text.Json.JsonValueKind.Number
            && q.GetProperty("high").GetDouble() == 12000);
        Assert.All(claims, c => Assert.False(string.IsNullOrEmpty(c.Str("stance"))));
    }

    [Fact]
    public async Task Get_UnknownId_404ProblemDetails()
    {
        // Given the samples store
        // When an article that is not there is asked for
        var (status, problem) = await Http.Get(api.Client, "/api/v1/articles/999999");

        // Then it is a 404 ProblemDetails saying which
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("999999", problem.Str("detail"), StringComparison.Ordinal);
    }
}
