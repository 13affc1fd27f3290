using System.Text.Json;
using Assay.Analysis.Briefing;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Workspace.Briefing;
using Assay.Workspace.Tests.Charts;
using BriefingModel = Assay.Analysis.Briefing.Briefing;

namespace Assay.Workspace.Tests.Briefing;

public sealed class BriefingWritersTests
{
    private static readonly ClaimRef Claim = new(20, "c5");

    [Fact]
    public void Writers_SentenceWithLikelihoodAndConfidence_AreRefused()
    {
        // Given a hand-made briefing whose judgment says how likely and how confident in one sentence
        var bad = Hand("It is likely, with high confidence, that the brigade moved.");

        // When each writer is asked for it
        // Then each refuses, naming the sentence
        foreach (var write in new Func<BriefingModel, string>[] { b => MarkdownBriefingWriter.Write(b), HtmlBriefingWriter.Write, JsonBriefingWriter.Write })
        {
            var thrown = Assert.Throws<BriefingLintException>(() => write(bad));
            Assert.Equal("It is likely, with high confidence, that the brigade moved.", thrown.Sentence);
        }

        // And the same briefing with the two kept apart is written
        Assert.Contains("](#claim-20-c5)", MarkdownBriefingWriter.Write(Hand("It is likely [55–80%] that the brigade moved.")), StringComparison.Ordinal);
    }

    [Fact]
    public void Writers_MixedRows_AddTheDisclaimerOnlyThen()
    {
        // Given a briefing whose judgment mixes a first-row term with a second-row synonym of another band, and a clean one
        var mixed = Hand("It is likely [55–80%] that the brigade moved, which one source calls highly probable.");
        var clean = Hand("It is likely [55–80%] that the brigade moved.");

        // When both are written
        // Then only the mixed one carries the disclaimer, in both formats
        Assert.Contains("both rows of the ICD 203 table", MarkdownBriefingWriter.Write(mixed), StringComparison.Ordinal);
        Assert.Contains("both rows of the ICD 203 table", HtmlBriefingWriter.Write(mixed), StringComparison.Ordinal);
        Assert.DoesNotContain("both rows of the ICD 203 table", MarkdownBriefingWriter.Write(clean), StringComparison.Ordinal);
        Assert.DoesNotContain("both rows of the ICD 203 table", HtmlBriefingWriter.Write(clean), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_HostileTitleAndClaimText_AreEncoded()
    {
        // Given a briefing whose title and cited claim carry markup
        var briefing = Hand("It is likely [55–80%] that the brigade moved.") with
        {
            Title = "<script>alert(1)</script>",
            Cited = [new BriefingClaim(Claim, "<img src=x onerror=alert(2)>", new DateOnly(2024, 10, 29), "A \"source\"", "Text with </blockquote><script>bad()</script>")],
        };

        // When written as HTML and Markdown
        var html = HtmlBriefingWriter.Write(briefing);
        var md = MarkdownBriefingWriter.Write(briefing);

        // Then no tag from the input survives in either, and the claim keeps its anchor
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"claim-20-c5\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#claim-20-c5\">20/c5</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", md, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Json_Judgment_CarriesBandProbabilityConfidenceAndRefs()
    {
        // Given a hand-made judgment
        var briefing = Hand("It is likely [55–80%] that the brigade moved.");

        // When written as JSON
        using var json = JsonDocument.Parse(JsonBriefingWriter.Write(briefing));

        // Then the judgment's band, probability, confidence, counts and refs are there
        var j = json.RootElement.GetProperty("key_judgments")[0];
        Assert.Equal("likely", j.GetProperty("band").GetString());
        Assert.Equal(0.7, j.GetProperty("probability").GetDouble());
        Assert.Equal("moderate", j.GetProperty("confidence").GetString());
        Assert.True(j.GetProperty("single_source").GetBoolean());
        Assert.Equal("20/c5", j.GetProperty("judgment").GetProperty("refs")[0].GetString());
    }

    [Fact]
    public void Svg_HostileOriginName_IsEncodedAndReachesNothingOutside()
    {
        // Given a series with an origin whose name is markup
        var hostile = ChartSeries.Point("x", "<script>alert(1)</script><a href=\"https://evil.example\">x</a>", 2024, 11, 1, 9_000, 9_000,
            Core.Quantities.QuantityQualifier.Exact, Analysis.Estimates.ReliabilityGrade.F);
        var series = ChartSeries.Series([.. ChartSeries.Example().Points, ChartSeries.Step(hostile, Analysis.Estimates.RevisionDirection.First, null)]);

        // When it is drawn inline
        var svg = BriefingSvg.Inline(series, "c1");

        // Then the markup stays text, no script or reference outside is left, ids carry the prefix, and it scales by its viewBox
        Assert.StartsWith("<svg viewBox=\"0 0 900 500\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Assay.Testing.ExternalReferences.Pattern().Matches(svg));
        Assert.DoesNotContain("<a ", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch("""\bid="(?!c1-)""", svg);
    }

    [Fact]
    public void Clean_ExternalReferences_AreDropped()
    {
        // Given an SVG with a prolog, namespaces, an external image, a handler and a script
        const string svg = """<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="5"><image xlink:href="https://x.example/a.png"/><rect id="r" onclick="go()" style="fill:url(https://x.example/p)"/><use href="#r"/><script>go()</script></svg>""";

        // When cleaned
        var clean = BriefingSvg.Clean(svg, "k");

        // Then only the local reference survives, renamed
        Assert.Equal("""<svg viewBox="0 0 10 5" width="10" height="5"><image/><rect id="k-r" style="fill:"/><use href="#k-r"/></svg>""", clean);
    }

    private static BriefingModel Hand(string judgment)
    {
        var origin = new Origin("source:nis", "NIS", SourceType.Intelligence);
        var band = EstimativeLanguage.Find("likely")!;
        var graded = new SourcingOrigin(origin, "B", 0.75, 1, [Claim]);
        var j = new KeyJudgment(
            "p20.c5",
            new BriefingSentence(judgment, [Claim]),
            band,
            0.7,
            ConfidenceLevels.Moderate,
            new BriefingSentence("Confidence in this judgment is moderate: it rests on one independent origin (NIS, graded B).", [Claim]),
            [graded],
            [],
            1,
            1,
            true,
            null,
            []);
        return new BriefingModel
        {
            Title = "Test",
            AsOf = new DateOnly(2024, 12, 1),
            KeyJudgments = [j],
            Resolved = [],
            Sourcing = [new SourcingRow("p20.c5", [graded], 1, 1, true, [new BriefingSentence("It rests on one origin, NIS: no independent report corroborates it.", [Claim])])],
            Estimates = [],
            Contradictions = [],
            Changes = [],
            Gaps = [],
            Alternatives = [],
            Cited = [new BriefingClaim(Claim, "Reuters", new DateOnly(2024, 10, 29), "Pentagon", "A sentence.")],
        };
    }
}
