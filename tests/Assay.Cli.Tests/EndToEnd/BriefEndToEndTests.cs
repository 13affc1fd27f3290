using System.Text.Json;
using System.Text.RegularExpressions;
using Assay.Cli.Infrastructure;
using Assay.Testing;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>The briefing of the samples: Markdown with every sentence linked, a self-contained HTML page, JSON checked
/// against a golden file, and hostile article text kept inert.</summary>
public sealed partial class BriefEndToEndTests(SamplesStoreFixture samples) : IClassFixture<SamplesStoreFixture>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void Brief_SamplesMarkdown_EverySentenceLinksToCitedClaims()
    {
        // Given the samples
        // When the briefing is printed as Markdown with changes since a date
        var run = RealCli.Run("brief", "--no-embeddings", "--since", "2025-01-01", "--db", samples.Db);

        // Then every sentence line before the claims list carries a claim link (structural lines are in italics),
        // and every link lands on an anchor of the claims list
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        var lines = run.OutLines;
        var cited = lines.ToList().IndexOf("## Claims cited");
        Assert.True(cited > 0, "no Claims cited section");
        var sentences = lines.Take(cited)
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#') && !l.StartsWith('|') && !l.TrimStart().StartsWith('_') && !l.StartsWith("![", StringComparison.Ordinal))
            .ToList();
        Assert.True(sentences.Count > 20, $"only {sentences.Count} sentences");
        Assert.All(sentences, l => Assert.Contains("](#claim-", l, StringComparison.Ordinal));
        var anchors = lines.Skip(cited).Select(l => Anchor().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        var links = lines.Take(cited).SelectMany(l => Link().Matches(l)).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Subset(anchors, links);
        Assert.Contains(lines, l => l.StartsWith("## What changed since 2025-01-01", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1. It is ", StringComparison.Ordinal) && l.Contains("%\\] that ", StringComparison.Ordinal));
    }

    [Fact]
    public void Brief_SamplesHtml_IsSelfContainedWithInlineCharts()
    {
        // Given the samples and a folder that does not exist yet
        using var temp = new TempFolder();
        var file = temp.File("out", "briefing.html");

        // When the briefing is written as HTML there
        var run = RealCli.Run("brief", "--no-embeddings", "--format", "html", "--out", file, "--db", samples.Db);

        // Then the path is printed, and the page has its charts inline, no script and nothing to fetch
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        Assert.Equal(Path.GetFullPath(file), run.Out.Trim());
        var html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("<figure>", html, StringComparison.Ordinal);
        Assert.Empty(ExternalReferences.Pattern().Matches(html));
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"#claim-", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"claim-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_SamplesJson_MatchesGoldenFile()
    {
        // Given the samples, grouped by lexical keys
        // When the briefing is printed as JSON
        var run = RealCli.Run("brief", "--no-embeddings", "--format", "json", "--db", samples.Db);
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        using var json = JsonDocument.Parse(run.Out);

        // Then the judgments and the sourcing counts are the reviewed ones
        var judgments = json.RootElement.GetProperty("key_judgments").EnumerateArray().Select(j => new
        {
            proposition = j.GetProperty("proposition").GetString(),
            band = j.GetProperty("band").GetString(),
            probability = Math.Round(j.GetProperty("probability").GetDouble(), 2),
            confidence = j.GetProperty("confidence").GetString(),
            independent_origins = j.GetProperty("independent_origins").GetInt32(),
            mentions = j.GetProperty("mentions").GetInt32(),
            single_source = j.GetProperty("single_source").GetBoolean(),
        });
        var sourcing = json.RootElement.GetProperty("sourcing").EnumerateArray().Select(s => new
        {
            proposition = s.GetProperty("proposition").GetString(),
            independent_origins = s.GetProperty("independent_origins").GetInt32(),
            mentions = s.GetProperty("mentions").GetInt32(),
            outlets = s.GetProperty("outlets").GetInt32(),
            single_source = s.GetProperty("single_source").GetBoolean(),
        });
        var actual = JsonSerializer.Serialize(new { key_judgments = judgments, sourcing }, Indented);
        Golden.Verify("briefing-samples", actual, "json");
    }

    [Fact]
    public void Brief_MarkdownToFile_WritesEachChartBeside()
    {
        // Given the samples
        using var temp = new TempFolder();
        var file = temp.File("brief.md");

        // When the Markdown briefing is written to a file
        var run = RealCli.Run("brief", "--no-embeddings", "--out", file, "--db", samples.Db);

        // Then each subject's chart is an SVG beside it, linked from the Markdown, with nothing external in it
        Assert.True(run.Exit == ExitCodes.Ok, run.Err);
        var md = File.ReadAllText(file);
        var charts = Directory.GetFiles(temp.Path, "brief-*.svg");
        Assert.NotEmpty(charts);
        Assert.All(charts, c =>
        {
            Assert.Contains("](" + Path.GetFileName(c) + ")", md, StringComparison.Ordinal);
            var svg = File.ReadAllText(c);
            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
            Assert.Empty(ExternalReferences.Pattern().Matches(svg));
        });
    }

    [Fact]
    public void Brief_HostileArticle_RendersEncoded()
    {
        // Given the samples plus an article whose outlet, title and text carry markup
        using var temp = new TempFolder();
        var db = samples.CopyTo(temp);
        var feed = temp.File("hostile.jsonl");
        File.WriteAllText(feed, JsonSerializer.Serialize(new
        {
            title = "<script>alert('title')</script> Troops sent again",
            outlet = "<img src=x onerror=alert('outlet')>",
            published = "2025-07-01",
            text = "The <script>alert('src')</script> Agency said on Tuesday that 7,000 North Korean troops were sent to Russia's Kursk region.",
        }) + "\n");
        Assert.Equal(ExitCodes.Ok, RealCli.Run("ingest", feed, "--db", db).Exit);

        // When the briefing of what changed since that day is written as HTML and Markdown
        var html = RealCli.Run("brief", "--no-embeddings", "--format", "html", "--since", "2025-07-01", "--title", "<b>Brief</b>", "--db", db);
        var md = RealCli.Run("brief", "--no-embeddings", "--since", "2025-07-01", "--db", db);

        // Then the markup is cited as text, never as tags
        Assert.True(html.Exit == ExitCodes.Ok, html.Err);
        Assert.DoesNotContain("<script", html.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Brief", html.Out, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;src&#39;)&lt;/script&gt;", html.Out, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(&#39;outlet&#39;)&gt;", html.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", md.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", md.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_BadSinceOrFormatOrPath_FailsWithOneMessage()
    {
        // Given the samples and a file standing where a folder is wanted
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("blocker"), "");

        // When asked with a bad date, an unknown format, or an unwritable path
        var since = RealCli.Run("brief", "--no-embeddings", "--since", "last week", "--db", samples.Db);
        var format = RealCli.Run("brief", "--no-embeddings", "--format", "pdf", "--db", samples.Db);
        var path = RealCli.Run("brief", "--no-embeddings", "--out", temp.File("blocker", "b.md"), "--db", samples.Db);

        // Then each fails with exit 1 and an error naming the option
        Assert.Equal(ExitCodes.Error, since.Exit);
        Assert.Contains("--since", since.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Error, format.Exit);
        Assert.Contains("--format", format.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Error, path.Exit);
        Assert.Contains("--out", path.Err, StringComparison.Ordinal);
        Assert.Empty(since.Out.Trim());
    }

    [GeneratedRegex(@"<a id=""(claim-[^""]+)""")]
    private static partial Regex Anchor();

    [GeneratedRegex(@"\]\(#(claim-[^)]+)\)")]
    private static partial Regex Link();
}
