using System.Net;
using System.Text.Json;

namespace Assay.Web.Tests.Api;

/// <summary>GET /sources and PUT /sources/{originId}/grade, undone through the history.</summary>
public sealed class SourcesApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Nis = "source:south-korea-nis";

    [Fact]
    public async Task List_Nis_MostCitedWithItsPrior()
    {
        // Given the samples store, ungraded
        // When the sources are listed
        var (status, page) = await Http.Get(api.Client, "/api/v1/sources?limit=3");

        // Then the NIS comes first, ungraded, at the F prior of 0.5 with its credible interval
        Assert.Equal(HttpStatusCode.OK, status);
        var nis = page.Items()[0];
        Assert.Equal(Nis, nis.Str("id"));
        Assert.Null(nis.Str("grade"));
        Assert.Equal(0.5, nis.GetProperty("reliability").GetDouble());
        Assert.True(nis.GetProperty("claims").GetInt32() > 20);
        var interval = nis.GetProperty("reliability_90").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.True(interval[0] < 0.5 && interval[1] > 0.5);
        Assert.True(page.GetProperty("total").GetInt32() > 3);
    }

    [Fact]
    public async Task Grade_ThenUndo_SourcesFollowTheHistory()
    {
        // Given a writable copy
        await using var factory = api.Writable();
        using var client = factory.CreateClient();

        // When the NIS is graded B
        var (status, decision) = await Http.Send(client, HttpMethod.Put, $"/api/v1/sources/{Uri.EscapeDataString(Nis)}/grade", new { grade = "b", note = "good record" });

        // Then the grade is recorded as the CLI records it and the sources show it, with a higher reliability
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("grade", decision.Str("kind"));
        Assert.Equal(Nis, decision.Str("subject"));
        Assert.Equal("B", decision.Str("value"));
        var graded = await Row(client);
        Assert.Equal("B", graded.Str("grade"));
        Assert.True(graded.GetProperty("reliability").GetDouble() > 0.5);

        // When the grade is undone
        var (undoStatus, _) = await Http.Send(client, HttpMethod.Post, $"/api/v1/decisions/{decision.GetProperty("id").GetInt64()}/undo", null);

        // Then the NIS is ungraded again
        Assert.Equal(HttpStatusCode.OK, undoStatus);
        var ungraded = await Row(client);
        Assert.Null(ungraded.Str("grade"));
        Assert.Equal(0.5, ungraded.GetProperty("reliability").GetDouble());
    }

    [Theory]
    [InlineData("source:south-korea-nis", "Q", HttpStatusCode.BadRequest)]
    [InlineData("source:south-korea-nis", "", HttpStatusCode.BadRequest)]
    [InlineData("source:nobody-at-all", "A", HttpStatusCode.NotFound)]
    public async Task Grade_BadLetterOrUnknownOrigin_ProblemAndNothingRecorded(string origin, string letter, HttpStatusCode expected)
    {
        // Given the samples store
        // When a grade names a letter off the scale or an origin that is not there
        var (status, problem) = await Http.Send(api.Client, HttpMethod.Put, $"/api/v1/sources/{Uri.EscapeDataString(origin)}/grade", new { grade = letter });

        // Then it is refused with a detail, and the history stays empty
        Assert.Equal(expected, status);
        Assert.False(string.IsNullOrEmpty(problem.Str("detail")));
        Assert.Empty((await Http.Get(api.Client, "/api/v1/decisions?all=true")).Body.Items());
    }

    private static async Task<JsonElement> Row(HttpClient client) =>
        (await Http.Get(client, "/api/v1/sources?limit=500")).Body.Items().Single(s => s.Str("id") == Nis);
}
