using System.Text.Json;
using Assay.Cli.Infrastructure;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>Merges and splits are recorded, change the story, and undo cleanly; each test works on its own copy of the samples store.</summary>
public sealed class DecisionEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Merge_TwoPropositions_JoinsThemUntilUndone()
    {
        // Given a copy of the samples store and two propositions about different things
        var db = Copy();
        var (a, b, aClaim) = TwoPropositions(db);
        var before = Total(db);

        // When the analyst merges them
        var merge = RealCli.Run("merge", a, b, "--note", "same report", "--db", db);

        // Then the story has one proposition fewer, holding both, and the history shows the merge
        Assert.Equal(ExitCodes.Ok, merge.Exit);
        Assert.Contains("decision #1", merge.Out, StringComparison.Ordinal);
        Assert.Equal(before - 1, Total(db));
        // (found by one of its claims: the merged proposition takes the id of its earliest claim, which may be b's)
        using (var detail = Story(db, "proposition", aClaim, "--json"))
        {
            Assert.Contains(detail.RootElement.GetProperty("joins").EnumerateArray(), j => j.GetString()!.StartsWith("analyst merge #1", StringComparison.Ordinal));
        }

        var history = RealCli.Run("history", "--db", db);
        Assert.Contains(history.OutLines, l => l.Contains("merge", StringComparison.Ordinal) && l.Contains("same report", StringComparison.Ordinal));

        // And when it is undone, the story is as before, while the history keeps both
        Assert.Equal(ExitCodes.Ok, RealCli.Run("undo", "1", "--note", "not the same", "--db", db).Exit);
        Assert.Equal(before, Total(db));
        using var all = Story(db, "history", "--all", "--json");
        var decision = Assert.Single(all.RootElement.EnumerateArray());
        Assert.Equal("not the same", decision.GetProperty("undo_note").GetString());
    }

    [Fact]
    public void Split_ClaimOutOfItsProposition_StandsAlone()
    {
        // Given a copy of the samples store and a proposition with several claims
        var db = Copy();
        using var story = Story(db, "story", "--json");
        var shared = story.RootElement.GetProperty("propositions").EnumerateArray().First(p => p.GetProperty("mentions").GetInt32() > 1);
        var claim = shared.GetProperty("claims")[1].GetString()!;
        var before = Total(db);

        // When the analyst splits one claim out
        var split = RealCli.Run("split", claim, "--db", db);

        // Then it becomes a proposition of its own
        Assert.Equal(ExitCodes.Ok, split.Exit);
        Assert.Equal(before + 1, Total(db));
        using var alone = Story(db, "proposition", claim, "--json");
        Assert.Single(alone.RootElement.GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public void Undo_UnknownDecision_FailsWithOneLine()
    {
        // Given a store with no decisions
        var db = Copy();

        // When an unknown decision is undone
        var run = RealCli.Run("undo", "42", "--db", db);

        // Then exit 1 and a line naming it
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("#42", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_NotAClaimReference_FailsWithOneLine()
    {
        // Given a store
        var db = Copy();

        // When the split names no claim
        var run = RealCli.Run("split", "p1.c1", "--db", db);

        // Then exit 1 and the expected form is shown
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("ARTICLE/CLAIM", run.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private string Copy() => samples.CopyTo(_temp);

    private static (string A, string B, string AClaim) TwoPropositions(string db)
    {
        using var story = Story(db, "story", "--json");
        var propositions = story.RootElement.GetProperty("propositions").EnumerateArray().ToList();
        string Id(JsonElement p) => p.GetProperty("id").GetString()!;
        return (Id(propositions[0]), Id(propositions[^1]), propositions[0].GetProperty("claims")[0].GetString()!);
    }

    private static int Total(string db)
    {
        using var story = Story(db, "story", "--json", "--limit", "1");
        return story.RootElement.GetProperty("propositions_total").GetInt32();
    }

    private static JsonDocument Story(string db, params string[] args)
    {
        var run = RealCli.Run([.. args, "--db", db]);
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        return JsonDocument.Parse(run.Out);
    }
}
