using System.Net;

namespace Assay.Web.Tests.Api;

/// <summary>GET /propositions and /propositions/{id}; resolution, merge, split and undo through the history.</summary>
public sealed class PropositionsApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task List_Strongest_IsTheTroopFigureWithItsCode()
    {
        // Given the samples store
        // When the propositions are listed
        var (status, page) = await Http.Get(api.Client, "/api/v1/propositions?limit=5");

        // Then the strongest is the 10,000–12,000 North Korean troops in Russia, with an Admiralty code
        Assert.Equal(HttpStatusCode.OK, status);
        var first = page.Items()[0];
        Assert.Equal(10000, first.GetProperty("figure").GetProperty("low").GetDouble());
        Assert.Equal(12000, first.GetProperty("figure").GetProperty("high").GetDouble());
        Assert.Equal("north-korea troops", first.Str("subject_key"));
        Assert.Matches("^[A-F][1-6]$", first.Str("code"));
        var origins = page.Items().Select(p => p.GetProperty("origins").GetInt32()).ToList();
        Assert.Equal(origins.OrderByDescending(o => o), origins);
    }

    [Fact]
    public async Task List_ContestedAndSubject_Filter()
    {
        // Given the samples store
        // When contested propositions about troops, and uncontested ones, are asked for
        var (_, contested) = await Http.Get(api.Client, "/api/v1/propositions?contested=true&subject=troops&limit=500");
        var (_, calm) = await Http.Get(api.Client, "/api/v1/propositions?contested=false&limit=500");
        var (_, all) = await Http.Get(api.Client, "/api/v1/propositions?limit=1");

        // Then each filter holds, and contested plus uncontested is everything
        Assert.NotEmpty(contested.Items());
        Assert.All(contested.Items(), p => Assert.True(p.GetProperty("contested").GetBoolean()));
        Assert.All(contested.Items(), p => Assert.Contains("troops", p.Str("subject") + " " + p.Str("label"), StringComparison.OrdinalIgnoreCase));
        Assert.All(calm.Items(), p => Assert.False(p.GetProperty("contested").GetBoolean()));
        var (_, allContested) = await Http.Get(api.Client, "/api/v1/propositions?contested=true&limit=1");
        Assert.Equal(all.GetProperty("total").GetInt32(), calm.GetProperty("total").GetInt32() + allContested.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Get_TroopProposition_HasClaimsOriginsAndContradictions()
    {
        // Given the strongest proposition
        var (_, page) = await Http.Get(api.Client, "/api/v1/propositions?limit=1");
        var id = page.Items()[0].Str("id");

        // When it is read
        var (status, detail) = await Http.Get(api.Client, $"/api/v1/propositions/{id}");

        // Then the NIS and the Pentagon are among its origins, its claims carry refs, and its contradictions name it
        Assert.Equal(HttpStatusCode.OK, status);
        var origins = detail.GetProperty("origins").EnumerateArray().Select(o => o.Str("id")).ToList();
        Assert.Contains("source:south-korea-nis", origins);
        Assert.Contains("source:us-dod", origins);
        Assert.Equal(detail.GetProperty("proposition").GetProperty("mentions").GetInt32(), detail.GetProperty("claims").GetArrayLength());
        Assert.All(detail.GetProperty("contradictions").EnumerateArray(), c => Assert.True(c.Str("proposition") == id || c.Str("other_proposition") == id));
    }

    [Fact]
    public async Task Get_Unknown_404()
    {
        // Given the samples store
        // When a proposition that is not there is asked for
        var (status, problem) = await Http.Get(api.Client, "/api/v1/propositions/p999.c1");

        // Then it is a 404 naming it
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("p999.c1", problem.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_ThenUndo_HistoryShowsBothAndTheCodeFollows()
    {
        // Given a writable copy and its strongest proposition
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var (_, page) = await Http.Get(client, "/api/v1/propositions?limit=1");
        var id = page.Items()[0].Str("id");

        // When it is resolved as confirmed at 11,000
        var (status, decision) = await Http.Send(client, HttpMethod.Post, $"/api/v1/propositions/{id}/resolution",
            new { outcome = "confirmed", value = 11000, note = "both capitals admitted it" });

        // Then the decision is recorded as the CLI records it: kind resolve, the anchor claim, the figure in Other
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("resolve", decision.Str("kind"));
        Assert.Equal("confirmed", decision.Str("value"));
        Assert.Equal("11000", decision.Str("other"));
        Assert.Matches(@"^\d+/c\d+$", decision.Str("subject"));
        var (_, history) = await Http.Get(client, "/api/v1/decisions?kind=resolve");
        Assert.Equal(decision.GetProperty("id").GetInt64(), history.Items().Single().GetProperty("id").GetInt64());
        var (_, resolved) = await Http.Get(client, $"/api/v1/propositions/{id}");
        Assert.EndsWith("1", resolved.GetProperty("proposition").Str("code"), StringComparison.Ordinal);

        // When the decision is undone
        var (undoStatus, undone) = await Http.Send(client, HttpMethod.Post, $"/api/v1/decisions/{decision.GetProperty("id").GetInt64()}/undo", new { note = "too early" });

        // Then it is out of force, listed only with all=true, and cannot be undone twice
        Assert.Equal(HttpStatusCode.OK, undoStatus);
        Assert.Equal("too early", undone.Str("undo_note"));
        Assert.Empty((await Http.Get(client, "/api/v1/decisions?kind=resolve")).Body.Items());
        Assert.Single((await Http.Get(client, "/api/v1/decisions?kind=resolve&all=true")).Body.Items());
        var (again, _) = await Http.Send(client, HttpMethod.Post, $"/api/v1/decisions/{decision.GetProperty("id").GetInt64()}/undo", new { });
        Assert.Equal(HttpStatusCode.NotFound, again);
    }

    [Fact]
    public async Task Resolve_BadOutcome_400NamingIt()
    {
        // Given the samples store
        var (_, page) = await Http.Get(api.Client, "/api/v1/propositions?limit=1");

        // When a resolution says neither confirmed nor refuted
        var (status, problem) = await Http.Send(api.Client, HttpMethod.Post, $"/api/v1/propositions/{page.Items()[0].Str("id")}/resolution", new { outcome = "probably" });

        // Then it is a 400 naming the field, and nothing is recorded
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("outcome", problem.Str("parameter"));
        Assert.Empty((await Http.Get(api.Client, "/api/v1/decisions?all=true")).Body.Items());
    }

    [Fact]
    public async Task MergeAndSplit_RecordedAndChangeTheGrouping()
    {
        // Given a writable copy, a claim of each of the second and third propositions, and a claim of the strongest
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var (_, page) = await Http.Get(client, "/api/v1/propositions?limit=3");
        var ids = page.Items().Select(p => p.Str("id")!).ToList();
        var refs = new List<string>();
        foreach (var id in ids)
        {
            refs.Add((await Http.Get(client, $"/api/v1/propositions/{id}")).Body.GetProperty("claims")[1].Str("ref")!);
        }

        // When the second and third are merged by their claims, and the strongest's claim split off
        var (mergeStatus, merge) = await Http.Send(client, HttpMethod.Post, "/api/v1/merges", new { first = refs[1], second = refs[2], note = "same fact" });
        var (splitStatus, split) = await Http.Send(client, HttpMethod.Post, "/api/v1/splits", new { claim = refs[0] });
        var (sameStatus, _) = await Http.Send(client, HttpMethod.Post, "/api/v1/merges", new { first = refs[1], second = refs[2] });

        // Then both are in the history with the CLI's kinds and fields, the grouping follows, and a repeat merge conflicts
        Assert.Equal(HttpStatusCode.Created, mergeStatus);
        Assert.Equal("merge", merge.Str("kind"));
        Assert.Equal(refs[1], merge.Str("subject"));
        Assert.Equal(refs[2], merge.Str("other"));
        Assert.Equal(HttpStatusCode.Created, splitStatus);
        Assert.Equal("split", split.Str("kind"));
        Assert.Equal(refs[0], split.Str("subject"));
        Assert.Equal(HttpStatusCode.Conflict, sameStatus);
        var (_, second) = await Http.Get(client, $"/api/v1/claims/{refs[1]}");
        var (_, third) = await Http.Get(client, $"/api/v1/claims/{refs[2]}");
        var (_, moved) = await Http.Get(client, $"/api/v1/claims/{refs[0]}");
        Assert.Equal(second.Str("proposition"), third.Str("proposition"));
        Assert.NotEqual(ids[0], moved.Str("proposition"));
        Assert.Equal(2, (await Http.Get(client, "/api/v1/decisions")).Body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Split_NotAClaimReference_400()
    {
        // Given the samples store
        // When a split names something that is not ARTICLE/CLAIM
        var (status, problem) = await Http.Send(api.Client, HttpMethod.Post, "/api/v1/splits", new { claim = "the third one" });

        // Then it is a 400 naming the field
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("claim", problem.Str("parameter"));
    }
}
