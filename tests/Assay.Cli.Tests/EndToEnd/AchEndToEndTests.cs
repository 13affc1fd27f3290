using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Cli.Tests.Support;
using Assay.Testing;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>ACH matrices through the app on real SQLite stores: built step by step, shown, undone, imported and exported.</summary>
public sealed class AchEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>, IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void NewAddRate_ShowJson_GivesTheScores()
    {
        // Given a matrix of two hypotheses and two items, E1 weighing 2 (high/high) and E2 weighing 1
        var db = Built();

        // When shown as JSON
        using var shown = Show(db, "troops");
        var root = shown.RootElement;

        // Then S(H1) = −2 (E1 II) − 1 (E2 I) = −3 and S(H2) = 0; WS(H1) = 2·−2 + 1·−1 = −5, so H2 leads;
        // E1's diagnosticity is the SD of −2 and 0, which is 1; E2's H2 cell is not yet rated
        var hypotheses = root.GetProperty("hypotheses").EnumerateArray().ToList();
        Assert.Equal([-3, 0], hypotheses.Select(h => h.GetProperty("inconsistency").GetInt32()));
        Assert.Equal([-5.0, 0.0], hypotheses.Select(h => h.GetProperty("weighted").GetDouble()));
        Assert.Equal(["H2"], root.GetProperty("leaders").EnumerateArray().Select(l => l.GetString()));
        var e1 = root.GetProperty("evidence")[0];
        Assert.Equal("high", e1.GetProperty("credibility").GetString());
        Assert.Equal("source:nis", e1.GetProperty("origin").GetString());
        Assert.Equal("II", e1.GetProperty("ratings").GetProperty("H1").GetString());
        Assert.Equal(1, e1.GetProperty("diagnosticity").GetDouble(), 6);
        var e2 = root.GetProperty("evidence")[1];
        Assert.Equal(JsonValueKind.Null, e2.GetProperty("ratings").GetProperty("H2").ValueKind);
        Assert.Equal("I", e2.GetProperty("ratings").GetProperty("H1").GetString());
    }

    [Fact]
    public void Undo_Rating_RestoresThePreviousValue()
    {
        // Given a matrix where E1 against H1 was rated II, then re-rated C
        var db = Built();
        var rerate = Ok("ach", "rate", "troops", "E1", "H1", "C", "--note", "misread", "--db", db);
        using (var changed = Show(db, "troops"))
        {
            Assert.Equal("C", Rating(changed, "E1", "H1"));
        }

        // When the re-rating is undone
        Ok("undo", DecisionId(rerate), "--db", db);

        // Then the cell is II again
        using var restored = Show(db, "troops");
        Assert.Equal("II", Rating(restored, "E1", "H1"));
    }

    [Fact]
    public void Undo_Hypothesis_OtherIdsStayAndTheNextIdIsNew()
    {
        // Given the matrix, when its first hypothesis is undone and another is added
        var db = Built();
        var history = Ok("history", "--json", "--db", db);
        using var decisions = JsonDocument.Parse(history.Out);
        var first = decisions.RootElement.EnumerateArray().First(d => d.GetProperty("kind").GetString() == "ach-hypothesis");
        Ok("undo", first.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db);
        var added = Ok("ach", "add-hypothesis", "troops", "Sent as labourers", "--db", db);

        // Then H2 keeps its id and ratings, and the new one is H3, not a reused H1 or H2
        Assert.Contains("Added H3", added.Out, StringComparison.Ordinal);
        using var shown = Show(db, "troops");
        Assert.Equal(["H2", "H3"], shown.RootElement.GetProperty("hypotheses").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal("N", Rating(shown, "E1", "H2"));
    }

    [Fact]
    public void History_ListsEveryStep()
    {
        // Given the matrix built step by step
        var db = Built();

        // When the history is read
        var run = Ok("history", "--json", "--db", db);
        using var history = JsonDocument.Parse(run.Out);

        // Then each step is there in order, the ratings naming their cells
        var kinds = history.RootElement.EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["ach-new", "ach-hypothesis", "ach-hypothesis", "ach-evidence", "ach-evidence", "ach-rate", "ach-rate"], kinds);
        var row = history.RootElement[5];
        Assert.Equal(("E1 H1,H2", "II,N"), (row.GetProperty("other").GetString(), row.GetProperty("value").GetString()));
    }

    [Fact]
    public void ExportThenImport_GivesTheSameMatrix()
    {
        // Given the matrix exported to a .achz file
        var db = Built();
        var file = _temp.File("troops.achz");
        Ok("ach", "export", "troops", "--out", file, "--db", db);

        // When it is imported under another name into a fresh store
        var other = _temp.File("other.db");
        var import = Ok("ach", "import", file, "--name", "copy", "--db", other);

        // Then it is one recorded step and shows the same as the original, name aside
        Assert.Contains("2 hypotheses, 2 items, 3 ratings", import.Out, StringComparison.Ordinal);
        using var original = Show(db, "troops");
        using var copy = Show(other, "copy");
        Assert.Equal(Without(original, "name"), Without(copy, "name"));
        Assert.Equal("ach-import", JsonDocument.Parse(Ok("history", "--json", "--db", other).Out).RootElement[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Import_ParcFile_NamedAfterTheFile()
    {
        // Given a PARC-style file written by hand, its ratings spaced the PARC way
        var file = _temp.File("bridge collapse.achz");
        File.WriteAllText(file, """
            <ACH><PROJECTTITLE>Why did the bridge fall?</PROJECTTITLE><MATRIX>
            <HYPOTHESIS><NAME>Sabotage</NAME></HYPOTHESIS><HYPOTHESIS><NAME>Neglect</NAME></HYPOTHESIS>
            <EVIDENCE><NAME>Inspection overdue by three years</NAME><CREDIBILITY>HIGH</CREDIBILITY><RELEVANCE>HIGH</RELEVANCE><VALUES>N,C C</VALUES></EVIDENCE>
            </MATRIX></ACH>
            """);
        var db = _temp.File("parc.db");

        // When imported without a name
        Ok("ach", "import", file, "--db", db);

        // Then the matrix takes the file's name and the ratings are read
        using var shown = Show(db, "bridge-collapse");
        Assert.Equal("Why did the bridge fall?", shown.RootElement.GetProperty("title").GetString());
        Assert.Equal("CC", Rating(shown, "E1", "H2"));
    }

    [Fact]
    public void Import_MalformedFile_FailsWithTheLine()
    {
        // Given a .achz whose XML breaks on line 2
        var file = _temp.File("broken.achz");
        File.WriteAllText(file, "<ACH>\n<MATRIX></ACH>\n");

        // When imported
        var run = RealCli.Run("ach", "import", file, "--db", _temp.File("broken.db"));

        // Then exit 1 with one line naming the file and the line, and no stack trace
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains("broken.achz", run.Err, StringComparison.Ordinal);
        Assert.Contains("line 2", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show", "nope", null, null, "no ACH matrix 'nope'")]
    [InlineData("rate", "troops", "E9", "H1 C", "no evidence E9")]
    [InlineData("rate", "troops", "E1", "H7 C", "no hypothesis H7")]
    [InlineData("rate", "troops", "E1", "H1 maybe", "'maybe' is not a rating")]
    [InlineData("rate", "troops", "E1", "C,C,C", "needs 2 ratings")]
    public void Ach_UnknownNames_FailWithOneLine(string verb, string name, string? evidence, string? rest, string expected)
    {
        // Given the matrix
        var db = Built();

        // When a command names something that is not there
        string[] args = ["ach", verb, name, .. evidence is null ? [] : new[] { evidence }, .. rest?.Split(' ') ?? [], "--db", db];
        var run = RealCli.Run(args);

        // Then exit 1 and one line saying what is missing
        Assert.Equal(ExitCodes.Error, run.Exit);
        Assert.Contains(expected, run.Err, StringComparison.Ordinal);
        Assert.Single(run.Err.Trim().Split('\n'));
    }

    [Fact]
    public void Undo_New_RemovesTheMatrixAndWhatHangsOnIt()
    {
        // Given the matrix, when its creation is undone
        var db = Built();
        Ok("undo", "1", "--db", db);

        // Then it is gone, and a new matrix of the same name starts empty at H1
        using var list = JsonDocument.Parse(Ok("ach", "list", "--json", "--db", db).Out);
        Assert.Empty(list.RootElement.EnumerateArray());
        Ok("ach", "new", "troops", "--db", db);
        Assert.Contains("Added H1", Ok("ach", "add-hypothesis", "troops", "Again", "--db", db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AddEvidence_PropositionWithOneOrigin_TakesThatOrigin()
    {
        // Given a copy of the samples store and a proposition resting on one origin
        var db = samples.CopyTo(_temp);
        using var story = JsonDocument.Parse(Ok("story", "--json", "--limit", "1000", "--db", db).Out);
        var proposition = story.RootElement.GetProperty("propositions").EnumerateArray().First(p => p.GetProperty("origins").GetInt32() == 1);
        var origin = proposition.GetProperty("origin_list")[0].GetProperty("id").GetString();
        Ok("ach", "new", "samples", "--db", db);

        // When an item is tied to it without an origin
        Ok("ach", "add-evidence", "samples", "What the story says", "--proposition", proposition.GetProperty("id").GetString()!, "--db", db);

        // Then the item carries the proposition's origin
        using var shown = Show(db, "samples");
        var item = shown.RootElement.GetProperty("evidence")[0];
        Assert.Equal(proposition.GetProperty("id").GetString(), item.GetProperty("proposition").GetString());
        Assert.Equal(origin, item.GetProperty("origin").GetString());
    }

    [Fact]
    public void Show_Table_MarksLeaderUnratedAndSensitivity()
    {
        // Given the matrix
        var db = Built();

        // When shown as a table in the likelihood mode
        var run = Ok("ach", "show", "troops", "--mode", "likelihood", "--db", db);

        // Then the leader is starred, the unrated cell marked, and the findings and posteriors follow
        Assert.Contains(run.OutLines, l => l.Contains("H2 ★", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("E2", StringComparison.Ordinal) && l.Contains('?', StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("Leader (likelihood): H2", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("Posteriors", StringComparison.Ordinal) && l.Contains('%', StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("1 cell not yet rated", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_Table_MatchesGolden()
    {
        // Given the matrix, when shown as a table under the default weighted score
        var run = Ok("ach", "show", "troops", "--db", Built());

        // Then the output is the reviewed one
        Golden.Verify("ach-show-troops", run.Out);
    }

    public void Dispose() => _temp.Dispose();

    // troops: H1 "Sent to fight", H2 "Sent to train";
    // E1 high/high (weight 2), origin source:nis: H1 II, H2 N;  E2 medium/medium: H1 I, H2 unrated.
    private string Built()
    {
        var db = _temp.File(Guid.NewGuid().ToString("N") + ".db");
        Ok("ach", "new", "troops", "--title", "Why are the troops there?", "--db", db);
        Ok("ach", "add-hypothesis", "troops", "Sent to fight", "--db", db);
        Ok("ach", "add-hypothesis", "troops", "Sent to train", "--db", db);
        Ok("ach", "add-evidence", "troops", "Agency reports units at the front", "--credibility", "high", "--relevance", "high", "--origin", "source:nis", "--db", db);
        Ok("ach", "add-evidence", "troops", "Training camp seen from orbit", "--type", "IMINT", "--db", db);
        Ok("ach", "rate", "troops", "E1", "II,N", "--db", db);
        Ok("ach", "rate", "troops", "E2", "H1", "I", "--db", db);
        return db;
    }

    private static CliOutcome Ok(params string[] args)
    {
        var run = RealCli.Run(args);
        Assert.True(run.Exit == ExitCodes.Ok, $"{string.Join(' ', args)}: {run.Err}");
        return run;
    }

    private static JsonDocument Show(string db, string name) => JsonDocument.Parse(Ok("ach", "show", name, "--json", "--db", db).Out);

    private static string? Rating(JsonDocument shown, string evidence, string hypothesis) =>
        shown.RootElement.GetProperty("evidence").EnumerateArray()
            .First(e => e.GetProperty("id").GetString() == evidence)
            .GetProperty("ratings").GetProperty(hypothesis).GetString();

    private static string DecisionId(CliOutcome run)
    {
        var at = run.Out.IndexOf("decision #", StringComparison.Ordinal) + "decision #".Length;
        return new string([.. run.Out[at..].TakeWhile(char.IsDigit)]);
    }

    private static string Without(JsonDocument document, string property) =>
        JsonSerializer.Serialize(document.RootElement.EnumerateObject().Where(p => p.Name != property).ToDictionary(p => p.Name, p => p.Value));
}
