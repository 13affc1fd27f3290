using System.Text.Json.Nodes;
using Assay.Analysis.Reliability;
using Assay.Interop.ClaimReview;
using Assay.Interop.Tests.Golden;

namespace Assay.Interop.Tests.ClaimReview;

public sealed class ClaimReviewExporterTests(JudgedSamples judged) : IClassFixture<JudgedSamples>
{
    [Fact]
    public void Write_JudgedSamples_MatchesGolden()
    {
        // Given the samples with one proposition confirmed and one refuted
        // When the resolved propositions are exported as ClaimReview
        var json = JudgedSamples.Export(s => ClaimReviewExporter.Write(judged.Snapshot, s));

        // Then the records are the reviewed ones
        Assay.Testing.Golden.Verify("claimreview-samples", json, "json");
    }

    [Fact]
    public void Write_JudgedSamples_EveryRecordHasTheRequiredPropertiesAndARatingInRange()
    {
        // Given the judged samples
        // When they are exported
        var records = Records(JudgedSamples.Export(s => ClaimReviewExporter.Write(judged.Snapshot, s)));

        // Then there is one record per resolved proposition, each a complete ClaimReview with a rating inside its scale
        Assert.Equal(2, records.Count);
        Assert.All(records, r =>
        {
            Assert.Equal("https://schema.org", (string)r["@context"]!);
            Assert.Equal("ClaimReview", (string)r["@type"]!);
            Assert.False(string.IsNullOrWhiteSpace((string)r["claimReviewed"]!));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)r["datePublished"]!);
            Assert.Equal("Organization", (string)r["author"]!["@type"]!);
            var rating = r["reviewRating"]!;
            Assert.Equal("Rating", (string)rating["@type"]!);
            var value = (int)rating["ratingValue"]!;
            Assert.InRange(value, (int)rating["worstRating"]!, (int)rating["bestRating"]!);
            Assert.Matches("^(True|False)$", (string)rating["alternateName"]!);
            var item = r["itemReviewed"]!;
            Assert.Equal("Claim", (string)item["@type"]!);
            var appearances = item["appearance"]!.AsArray();
            Assert.NotEmpty(appearances);
            Assert.All(appearances, a => Assert.Equal("CreativeWork", (string)a!["@type"]!));
            Assert.Equal((string)appearances[0]!["identifier"]!, (string)item["firstAppearance"]!["identifier"]!);
            Assert.False(string.IsNullOrWhiteSpace((string)item["author"]!["name"]!));
        });
    }

    [Fact]
    public void Write_Confirmed_TrueWithTheFigureAndEveryAppearance()
    {
        // Given the proposition confirmed with a true figure of 11,000
        var confirmed = judged.Snapshot.Picture.Find(JudgedSamples.ConfirmedClaim)!;

        // When it is exported
        var record = Records(JudgedSamples.Export(s => ClaimReviewExporter.Write(judged.Snapshot, s)))
            .Single(r => (string)r["identifier"]! == confirmed.Id);

        // Then it is rated True at the top of the scale, says the figure, and lists one appearance per supporting claim
        Assert.Equal("True", (string)record["reviewRating"]!["alternateName"]!);
        Assert.Equal(ClaimReviewExporter.BestRating, (int)record["reviewRating"]!["ratingValue"]!);
        Assert.Contains("11,000", (string)record["reviewRating"]!["ratingExplanation"]!, StringComparison.Ordinal);
        Assert.Equal(confirmed.Supporting.Count(), record["itemReviewed"]!["appearance"]!.AsArray().Count);
        Assert.Equal("2025-05-20", (string)record["datePublished"]!);
    }

    [Fact]
    public void Write_NoResolutions_EmptyArray()
    {
        // Given a snapshot where nothing is resolved
        var snapshot = judged.Snapshot with { Resolutions = [] };

        // When it is exported
        var records = Records(JudgedSamples.Export(s => ClaimReviewExporter.Write(snapshot, s)));

        // Then no proposition is reviewed
        Assert.Empty(records);
    }

    [Fact]
    public void Write_ResolvedTwice_LatestResolutionOnly()
    {
        // Given the confirmed proposition later resolved again as refuted
        var first = judged.Snapshot.Resolutions.Single(r => r.Outcome == ResolutionOutcome.Confirmed);
        var later = first with { DecisionId = 99, Outcome = ResolutionOutcome.Refuted, Value = null, At = first.At.AddDays(1), Note = null };
        var snapshot = judged.Snapshot with { Resolutions = [.. judged.Snapshot.Resolutions, later] };

        // When it is exported
        var records = Records(JudgedSamples.Export(s => ClaimReviewExporter.Write(snapshot, s)));

        // Then it appears once, rated False at the bottom of the scale, dated by the later decision
        var record = Assert.Single(records, r => (string)r["identifier"]! == judged.Snapshot.Picture.Find(first.Anchor)!.Id);
        Assert.Equal("False", (string)record["reviewRating"]!["alternateName"]!);
        Assert.Equal(ClaimReviewExporter.WorstRating, (int)record["reviewRating"]!["ratingValue"]!);
        Assert.Equal("2025-05-21", (string)record["datePublished"]!);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Write_Options_ReviewerNameAndUrl()
    {
        // Given a reviewing organisation with a web address
        var options = new ClaimReviewOptions { OrganizationName = "Example Verification Desk", OrganizationUrl = new Uri("https://verify.example.org/") };

        // When the judged samples are exported with it
        var records = Records(JudgedSamples.Export(s => ClaimReviewExporter.Write(judged.Snapshot, s, options)));

        // Then every record is signed by it
        Assert.All(records, r =>
        {
            Assert.Equal("Example Verification Desk", (string)r["author"]!["name"]!);
            Assert.Equal("https://verify.example.org/", (string)r["author"]!["url"]!);
        });
    }

    private static List<JsonNode> Records(string json) => [.. JsonNode.Parse(json)!.AsArray().Select(n => n!)];
}
