using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Cli.Tests.Support;
using Assay.Testing;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>The briefing of the samples after an analyst's work: grades, resolutions and an ACH matrix, all read back
/// from the history and checked against a golden file.</summary>
public sealed partial class GradedBriefEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>, IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly TempFolder _temp = new();

    [Fact]
    public void Brief_AfterGradesResolutionsAndAch_MatchesGoldenFile()
    {
        // Given the samples with the NIS and the Pentagon graded B, North Korea's own statements graded E, the Donetsk
        // engineers report refuted, the 10,000–12,000 deployment confirmed at 11,000, and a two-hypothesis matrix on why
        // the troops are there
        var db = Analysed();

        // When the briefing is printed as JSON
        using var json = Brief(db);
        var root = json.RootElement;

        // Then the judgments, their grades and codes, the resolutions and the ACH summary are the reviewed ones
        var judgments = root.GetProperty("key_judgments").EnumerateArray().Select(j => new
        {
            proposition = j.GetProperty("proposition").GetString(),
            band = j.GetProperty("band").GetString(),
            probability = Math.Round(j.GetProperty("probability").GetDouble(), 2),
            confidence = j.GetProperty("confidence").GetString(),
            credibility = j.GetProperty("credibility").ValueKind == JsonValueKind.Number ? j.GetProperty("credibility").GetInt32() : (int?)null,
            single_source = j.GetProperty("single_source").GetBoolean(),
            grades = string.Join(" ", j.GetProperty("origins").EnumerateArray().Select(o => o.GetProperty("grade").GetString() ?? "-")),
        });
        // (a resolution is dated the day it was recorded: the date is left out of the comparison)
        var resolved = root.GetProperty("resolved").EnumerateArray().Select(r => new
        {
            text = Dated().Replace(r.GetProperty("text").GetString()!, "On <date>,"),
            refs = string.Join(" ", r.GetProperty("refs").EnumerateArray().Select(x => x.GetString())),
        });
        var alternatives = root.GetProperty("alternatives").EnumerateArray().Select(a => string.Join(" ", a.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString())));
        Golden.Verify("briefing-samples-graded", JsonSerializer.Serialize(new { key_judgments = judgments, resolved, alternatives }, Indented));
    }

    [Fact]
    public void Brief_AfterGrades_ConfirmedPropositionLeavesTheJudgmentsAndUndoBringsItBack()
    {
        // Given the analysed samples
        var db = Analysed();
        using var before = Brief(db);
        Assert.DoesNotContain(Judged(before), p => p == "p20.c5");

        // When the confirmation is undone
        var history = JsonDocument.Parse(Ok("history", "--json", "--db", db).Out);
        var confirm = history.RootElement.EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "resolve" && d.GetProperty("value").GetString() == "confirmed");
        Ok("undo", confirm.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db);

        // Then the proposition is a key judgment again
        using var after = Brief(db);
        Assert.Contains(Judged(after), p => p == "p20.c5");
    }

    [Fact]
    public void Brief_Markdown_NamesGradesAndTheLeadingHypothesis()
    {
        // Given the analysed samples
        var db = Analysed();

        // When the briefing is printed as Markdown
        var md = Ok("brief", "--no-embeddings", "--db", db).Out;

        // Then the sourcing names the grades, the alternatives name the matrix's leader, and the resolution is reported
        Assert.Contains("graded B", md, StringComparison.Ordinal);
        Assert.Contains("H1 leads: Sent to fight in Kursk", md, StringComparison.Ordinal);
        Assert.Contains("the analyst found false that North Korean units are deployed in Russian-occupied Donetsk Oblast", md, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    [System.Text.RegularExpressions.GeneratedRegex(@"^On \d{4}-\d{2}-\d{2},")]
    private static partial System.Text.RegularExpressions.Regex Dated();

    private static IEnumerable<string?> Judged(JsonDocument brief) =>
        brief.RootElement.GetProperty("key_judgments").EnumerateArray().Select(j => j.GetProperty("proposition").GetString());

    private static JsonDocument Brief(string db) => JsonDocument.Parse(Ok("brief", "--no-embeddings", "--format", "json", "--db", db).Out);

    private string Analysed()
    {
        var db = samples.CopyTo(_temp);
        Ok("grade", "source:south-korea-nis", "B", "--note", "consistent past reporting", "--db", db);
        Ok("grade", "United States Department of Defense", "B", "--db", db);
        Ok("grade", "source:north-korea", "E", "--note", "state media", "--db", db);
        Ok("resolve", "p2.c1", "refuted", "--note", "did not stand up", "--no-embeddings", "--db", db);
        Ok("resolve", "p20.c5", "confirmed", "--value", "11000", "--no-embeddings", "--db", db);
        Ok("ach", "new", "why", "--title", "Why are North Korean troops in Russia?", "--db", db);
        Ok("ach", "add-hypothesis", "why", "Sent to fight in Kursk", "--db", db);
        Ok("ach", "add-hypothesis", "why", "Sent as labourers and engineers only", "--db", db);
        Ok("ach", "add-evidence", "why", "Thousands reported deployed to Russia", "--proposition", "p20.c5", "--credibility", "high", "--db", db);
        Ok("ach", "add-evidence", "why", "Engineers reported in Donetsk", "--proposition", "p2.c1", "--credibility", "low", "--db", db);
        Ok("ach", "add-evidence", "why", "Casualties reported in Kursk", "--proposition", "p32.c8", "--db", db);
        Ok("ach", "rate", "why", "E1", "C,I", "--db", db);
        Ok("ach", "rate", "why", "E2", "N,C", "--db", db);
        Ok("ach", "rate", "why", "E3", "CC,II", "--db", db);
        return db;
    }

    private static CliOutcome Ok(params string[] args)
    {
        var run = RealCli.Run(args);
        Assert.True(run.Exit == ExitCodes.Ok, $"{string.Join(' ', args)}: {run.Err}");
        return run;
    }
}
