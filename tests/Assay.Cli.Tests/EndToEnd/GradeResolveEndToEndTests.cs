using System.Text.Json;
using Assay.Analysis.Story;
using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Workspace;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>Grades and resolutions are recorded, change what 'sources' and 'estimates' show, and undo cleanly; each
/// test works on its own copy of the samples store.</summary>
public sealed class GradeResolveEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>, IDisposable
{
    private const string Nis = "source:south-korea-nis";
    private const string Troops = "north korean troops in russia";

    private readonly TempFolder _temp = new();

    [Fact]
    public void Grade_ByNameAnyCase_RecordedAndShownBySources()
    {
        // Given a copy of the samples store, the NIS ungraded at F's prior
        var db = Copy();
        Assert.Equal(JsonValueKind.Null, Source(db, Nis).GetProperty("grade").ValueKind);
        Assert.Equal(0.5, Source(db, Nis).GetProperty("reliability").GetDouble(), 6);

        // When the analyst grades it B by its name, in lower case
        var run = RealCli.Run("grade", "national intelligence service (south korea)", "b", "--note", "good record", "--db", db);

        // Then the grade is confirmed with its decision number, and sources shows B with B's prior (3, 1)
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("Graded National Intelligence Service (South Korea) B (usually reliable), decision #1; undo with 'assay undo 1'", run.Out, StringComparison.Ordinal);
        var nis = Source(db, Nis);
        Assert.Equal("B", nis.GetProperty("grade").GetString());
        Assert.Equal(0.75, nis.GetProperty("reliability").GetDouble(), 6);
        Assert.Equal(3, nis.GetProperty("alpha").GetDouble(), 6);
        Assert.Equal(1, nis.GetProperty("beta").GetDouble(), 6);
    }

    [Fact]
    public void Grade_ById_LatestInForceWinsAndUndoRestoresThePrevious()
    {
        // Given the NIS graded B, then D, by its id
        var db = Copy();
        Assert.Equal(ExitCodes.Ok, RealCli.Run("grade", Nis, "B", "--db", db).Exit);
        Assert.Equal(ExitCodes.Ok, RealCli.Run("grade", Nis, "D", "--db", db).Exit);
        Assert.Equal("D", Source(db, Nis).GetProperty("grade").GetString());

        // When the D is undone, and then the B
        Assert.Equal(ExitCodes.Ok, RealCli.Run("undo", "2", "--db", db).Exit);
        var afterFirst = Source(db, Nis).GetProperty("grade").GetString();
        Assert.Equal(ExitCodes.Ok, RealCli.Run("undo", "1", "--db", db).Exit);

        // Then the B is back in force, and then no grade at all
        Assert.Equal("B", afterFirst);
        Assert.Equal(JsonValueKind.Null, Source(db, Nis).GetProperty("grade").ValueKind);
    }

    [Fact]
    public void Grade_UnknownName_FailsNamingTheWayToFindOrigins()
    {
        // Given a store
        var db = Copy();

        // When an origin nobody cites is graded
        var run = RealCli.Run("grade", "Ministry of Silly Walks", "B", "--db", db);

        // Then exit 1, a line saying so, and nothing recorded
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("no origin 'Ministry of Silly Walks'", run.Err, StringComparison.Ordinal);
        Assert.Contains("assay sources", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("grade", RealCli.Run("history", "--db", db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_PartOfAName_FailsListingCandidates()
    {
        // Given a store
        var db = Copy();

        // When the analyst gives only part of the NIS's name
        var run = RealCli.Run("grade", "Intelligence Service (South", "B", "--db", db);

        // Then exit 1 and the NIS is offered with its id
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("did you mean", run.Err, StringComparison.Ordinal);
        Assert.Contains($"({Nis})", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_BadLetter_FailsListingTheLetters()
    {
        // Given a store
        var db = Copy();

        // When a letter outside A–G is given
        var run = RealCli.Run("grade", Nis, "Z", "--db", db);

        // Then exit 1 and the valid letters are shown
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("'Z' is not a reliability grade", run.Err, StringComparison.Ordinal);
        Assert.Contains("A, B, C, D, E, F, G", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PropositionTheNisStates_MovesItsLearnedReliabilityUntilUndone()
    {
        // Given the NIS graded C and a proposition it takes part in
        var db = Copy();
        Assert.Equal(ExitCodes.Ok, RealCli.Run("grade", Nis, "C", "--db", db).Exit);
        var id = PropositionWith(db, Nis);
        var before = Source(db, Nis);

        // When the analyst resolves it as confirmed, with a true figure
        var run = RealCli.Run("resolve", id, "confirmed", "--value", "11000", "--note", "official count", "--db", db);

        // Then the NIS has one more resolved proposition, its learned reliability moved from C's 0.5, and its figures
        // on the subject were scored
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains($"Resolved {id}", run.Out, StringComparison.Ordinal);
        Assert.Contains("decision #2", run.Out, StringComparison.Ordinal);
        var after = Source(db, Nis);
        Assert.Equal(1, after.GetProperty("hits").GetInt32() + after.GetProperty("misses").GetInt32());
        Assert.True(after.GetProperty("resolved").GetInt32() > 0);
        Assert.NotEqual(before.GetProperty("reliability").GetDouble(), after.GetProperty("reliability").GetDouble());
        Assert.True(after.GetProperty("reliability_sd").GetDouble() < before.GetProperty("reliability_sd").GetDouble());

        // And when the resolution is undone, the record is as before
        Assert.Equal(ExitCodes.Ok, RealCli.Run("undo", "2", "--db", db).Exit);
        var undone = Source(db, Nis);
        Assert.Equal(before.GetProperty("reliability").GetDouble(), undone.GetProperty("reliability").GetDouble());
        Assert.Equal(0, undone.GetProperty("hits").GetInt32() + undone.GetProperty("misses").GetInt32());
        Assert.Equal(JsonValueKind.Null, undone.GetProperty("interval_score").ValueKind);
    }

    [Fact]
    public void Resolve_WithTrueValue_ScoresTheFiguresAndKeepsTheValueInTheHistory()
    {
        // Given a proposition the NIS states
        var db = Copy();
        var id = PropositionWith(db, Nis);

        // When it is resolved refuted with a true figure
        Assert.Equal(ExitCodes.Ok, RealCli.Run("resolve", id, "refuted", "--value", "11000", "--db", db).Exit);

        // Then the NIS has an interval score and the history holds the value as written in invariant culture
        Assert.True(Source(db, Nis).GetProperty("scored").GetInt32() > 0);
        using var history = Json(db, "history", "--json");
        var decision = Assert.Single(history.RootElement.EnumerateArray());
        Assert.Equal("resolve", decision.GetProperty("kind").GetString());
        Assert.Equal("refuted", decision.GetProperty("value").GetString());
        Assert.Equal("11000", decision.GetProperty("other").GetString());
    }

    [Fact]
    public void Resolve_UnknownProposition_FailsWithOneLine()
    {
        // Given a store
        var db = Copy();

        // When an unknown proposition is resolved
        var run = RealCli.Run("resolve", "p999.c9", "confirmed", "--db", db);

        // Then exit 1 and a line naming it
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("'p999.c9'", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_BadOutcome_Fails()
    {
        // Given a store
        var db = Copy();

        // When the outcome is neither confirmed nor refuted
        var run = RealCli.Run("resolve", PropositionWith(db, Nis), "maybe", "--db", db);

        // Then exit 1 naming the two outcomes
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("confirmed or refuted", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimates_NisGradedE_PooledRangeChangesUntilUndone()
    {
        // Given the troop-count series with every origin ungraded
        var db = Copy();
        var before = Pooled(db);

        // When the NIS, which gives many of the troop figures, is graded E
        Assert.Equal(ExitCodes.Ok, RealCli.Run("grade", Nis, "E", "--db", db).Exit);
        var graded = Pooled(db);

        // Then its figures weigh nothing and the pooled range moves
        using (var doc = Json(db, "estimates", Troops, "--json"))
        {
            var weights = doc.RootElement[0].GetProperty("pooled").EnumerateArray().SelectMany(p => p.GetProperty("weights").EnumerateArray())
                .Where(w => w.GetProperty("origin").GetString() == Nis).ToList();
            Assert.NotEmpty(weights);
            Assert.All(weights, w => Assert.Equal(0, w.GetProperty("reliability").GetDouble()));
        }

        Assert.NotEqual(before, graded);

        // And when the grade is undone, the pooled range is as before
        Assert.Equal(ExitCodes.Ok, RealCli.Run("undo", "1", "--db", db).Exit);
        Assert.Equal(before, Pooled(db));
    }

    [Fact]
    public void PropositionCredibility_GradedAndResolved_CodeJoinsTheBestLetterAndTheDigit()
    {
        // Given the NIS graded B and a proposition it states, confirmed by the analyst
        var db = Copy();
        var id = PropositionWith(db, Nis);
        Assert.Equal(ExitCodes.Ok, RealCli.Run("grade", Nis, "B", "--db", db).Exit);
        Assert.Equal(ExitCodes.Ok, RealCli.Run("resolve", id, "confirmed", "--db", db).Exit);

        // When the credibility of the story's propositions is suggested
        using var store = StoreFactory.Open(db);
        var picture = StoryLoader.Build(store, StoryOptions.Default with { Embedder = null });
        var credibility = PropositionCredibility.Load(store, picture);
        var resolved = picture.Find(id)!;
        var ungradedSingle = picture.Propositions.First(p => p.Origins.Count == 1 && p.Origins[0].Id != Nis && !p.Contradicting.Any() && !p.Refuted && !p.RestsOnRefuted);

        // Then the resolved one, which the NIS states, is B1; a single ungraded origin cannot be judged: F6
        Assert.Equal(1, credibility.Suggest(resolved).Digit);
        Assert.Equal("confirmed by the analyst", credibility.Suggest(resolved).Reason);
        Assert.Equal("B1", credibility.Code(resolved));

        Assert.Equal("F6", credibility.Code(ungradedSingle));
    }

    public void Dispose() => _temp.Dispose();

    private string Copy() => samples.CopyTo(_temp);

    private static JsonElement Source(string db, string id)
    {
        using var doc = Json(db, "sources", "--json");
        return doc.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == id).Clone();
    }

    private static string PropositionWith(string db, string origin)
    {
        using var story = Json(db, "story", "--json", "--limit", "200");
        return story.RootElement.GetProperty("propositions").EnumerateArray()
            .First(p => p.GetProperty("origin_list").EnumerateArray().Any(o => o.GetProperty("id").GetString() == origin))
            .GetProperty("id").GetString()!;
    }

    private static string Pooled(string db)
    {
        using var doc = Json(db, "estimates", Troops, "--json");
        return string.Join("|", doc.RootElement[0].GetProperty("pooled").EnumerateArray()
            .Select(p => p.GetProperty("linear_pool").GetRawText() + p.GetProperty("quantile_average").GetRawText()));
    }

    private static JsonDocument Json(string db, params string[] args)
    {
        var run = RealCli.Run([.. args, "--db", db]);
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        return JsonDocument.Parse(run.Out);
    }
}
