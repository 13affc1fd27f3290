using System.Net;
using System.Text;

namespace Assay.Web.Tests.Api;

/// <summary>ACH through the API: build a matrix step by step, rate it, score it, export and import it.</summary>
public sealed class AchApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Build_RateAndScore_LeaderIsTheConsistentHypothesis()
    {
        // Given a writable copy
        await using var factory = api.Writable();
        using var client = factory.CreateClient();

        // When a matrix is built with two hypotheses and two items, and rated so the second item hurts H2
        var (created, matrix) = await Http.Send(client, HttpMethod.Post, "/api/v1/ach", new { name = "deployment", title = "Why were troops sent?" });
        await Http.Send(client, HttpMethod.Post, "/api/v1/ach/deployment/hypotheses", new { text = "To fight in Kursk" });
        await Http.Send(client, HttpMethod.Post, "/api/v1/ach/deployment/hypotheses", new { text = "Only to train" });
        await Http.Send(client, HttpMethod.Post, "/api/v1/ach/deployment/evidence", new { text = "Casualties reported in Kursk", credibility = "high", relevance = "high" });
        var (_, withEvidence) = await Http.Send(client, HttpMethod.Post, "/api/v1/ach/deployment/evidence", new { text = "Prisoners taken near the front" });
        await Http.Send(client, HttpMethod.Put, "/api/v1/ach/deployment/ratings/E1/H1", new { rating = "C" });
        await Http.Send(client, HttpMethod.Put, "/api/v1/ach/deployment/ratings/E1/H2", new { rating = "II" });
        var (rated, afterRating) = await Http.Send(client, HttpMethod.Put, "/api/v1/ach/deployment/ratings/E2/H2", new { rating = "I" });
        var (_, likelihood) = await Http.Get(client, "/api/v1/ach/deployment?mode=likelihood");

        // Then each step answered with the matrix, H1 leads, H2 carries the inconsistency, and the posteriors sum to 1
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal("Why were troops sent?", matrix.Str("title"));
        Assert.Equal(2, withEvidence.GetProperty("evidence").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, rated);
        Assert.Equal(["H1"], afterRating.GetProperty("leaders").EnumerateArray().Select(l => l.GetString()));
        var h2 = afterRating.GetProperty("hypotheses")[1];
        Assert.Equal("Only to train", h2.Str("text"));
        Assert.Equal(-3, h2.GetProperty("inconsistency").GetInt32());
        Assert.Equal("II", afterRating.GetProperty("evidence")[0].GetProperty("ratings").Str("H2"));
        Assert.True(afterRating.GetProperty("evidence")[0].GetProperty("diagnosticity").GetDouble() > 0);
        Assert.Equal("likelihood", likelihood.Str("mode"));
        var posteriors = likelihood.GetProperty("hypotheses").EnumerateArray().Select(h => h.GetProperty("posterior").GetDouble()).ToList();
        Assert.Equal(1.0, posteriors.Sum(), 3);
        Assert.True(posteriors[0] > posteriors[1]);
        var (_, history) = await Http.Get(client, "/api/v1/decisions");
        Assert.Equal(["ach-new", "ach-hypothesis", "ach-hypothesis", "ach-evidence", "ach-evidence", "ach-rate", "ach-rate", "ach-rate"],
            history.Items().Select(d => d.Str("kind")));
        var (_, list) = await Http.Get(client, "/api/v1/ach");
        Assert.Equal(3, list.Items().Single().GetProperty("ratings").GetInt32());
    }

    [Fact]
    public async Task ExportThenImport_SameMatrixUnderANewName()
    {
        // Given a writable copy with a small rated matrix
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        await Http.Send(client, HttpMethod.Post, "/api/v1/ach", new { name = "origin", title = "Who ordered it?" });
        await Http.Send(client, HttpMethod.Post, "/api/v1/ach/origin/hypotheses", new { text = "Pyongyang offered" });
        await Http.Send(client, HttpMethod.Post, "/api/v1/ach/origin/hypotheses", new { text = "Moscow asked" });
        await Http.Send(client, HttpMethod.Post, "/api/v1/ach/origin/evidence", new { text = "Treaty signed in June" });
        await Http.Send(client, HttpMethod.Put, "/api/v1/ach/origin/ratings/E1/H2", new { rating = "C" });

        // When it is exported and the file imported as another matrix
        var (status, type, xml) = await Http.Text(client, "/api/v1/ach/origin/export.achz");
        var (imported, copy) = await Http.Post(client, "/api/v1/ach/import?name=origin-copy", new StringContent(xml, Encoding.UTF8, "application/xml"));
        var (again, _) = await Http.Post(client, "/api/v1/ach/import?name=origin-copy", new StringContent(xml, Encoding.UTF8, "application/xml"));

        // Then the export is PARC XML, the copy has the same columns, rows and rating, and a second import conflicts
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/xml", type);
        Assert.Contains("<ACH>", xml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, imported);
        Assert.Equal("origin-copy", copy.Str("name"));
        Assert.Equal(["Pyongyang offered", "Moscow asked"], copy.GetProperty("hypotheses").EnumerateArray().Select(h => h.Str("text")));
        Assert.Equal("C", copy.GetProperty("evidence")[0].GetProperty("ratings").Str("H2"));
        Assert.Equal(HttpStatusCode.Conflict, again);
    }

    [Fact]
    public async Task Errors_UnknownMatrixBadRatingBadMode_Problems()
    {
        // Given a writable copy with one empty matrix
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        await Http.Send(client, HttpMethod.Post, "/api/v1/ach", new { name = "empty" });

        // When a missing matrix, a bad rating, a bad mode, a duplicate name, a spaced name and junk to import are sent
        var (missing, missingProblem) = await Http.Get(client, "/api/v1/ach/nowhere");
        var (badCell, _) = await Http.Send(client, HttpMethod.Put, "/api/v1/ach/empty/ratings/E1/H1", new { rating = "C" });
        var (badRating, ratingProblem) = await Http.Send(client, HttpMethod.Put, "/api/v1/ach/empty/ratings/E1/H1", new { rating = "maybe" });
        var (badMode, modeProblem) = await Http.Get(client, "/api/v1/ach/empty?mode=vibes");
        var (duplicate, _) = await Http.Send(client, HttpMethod.Post, "/api/v1/ach", new { name = "empty" });
        var (spaced, nameProblem) = await Http.Send(client, HttpMethod.Post, "/api/v1/ach", new { name = "two words" });
        var (junk, _) = await Http.Post(client, "/api/v1/ach/import?name=junk", new StringContent("not xml at all", Encoding.UTF8, "application/xml"));

        // Then each is the right ProblemDetails
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Contains("nowhere", missingProblem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, badCell);
        Assert.Equal(HttpStatusCode.BadRequest, badRating);
        Assert.Equal("rating", ratingProblem.Str("parameter"));
        Assert.Equal(HttpStatusCode.BadRequest, badMode);
        Assert.Equal("mode", modeProblem.Str("parameter"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate);
        Assert.Equal(HttpStatusCode.BadRequest, spaced);
        Assert.Equal("name", nameProblem.Str("parameter"));
        Assert.Equal(HttpStatusCode.BadRequest, junk);
    }
}
