using System.Text.Json.Nodes;
using Assay.Interop.Misp;
using Assay.Interop.Tests.Golden;
using Assay.Testing;
using Assay.Web.Tests.Support;

namespace Assay.Interop.Tests.Misp;

public sealed class MispExporterTests(JudgedSamples judged) : IClassFixture<JudgedSamples>
{
    private const string ReliabilityTag = "admiralty-scale:source-reliability=";
    private const string CredibilityTag = "admiralty-scale:information-credibility=";
    private const string LikelihoodTag = "estimative-language:likelihood-probability=";

    [Fact]
    public void Write_JudgedSamples_MatchesGolden()
    {
        // Given the samples with two grades and two resolutions, snapshotted at a fixed time
        // When they are exported to MISP
        var json = JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s));

        // Then the events are the reviewed ones
        Assay.Testing.Golden.Verify("misp-samples", json, "json");
    }

    [Fact]
    public void Write_Twice_SameBytesAndUniqueUuids()
    {
        // Given one snapshot
        // When it is exported twice
        var first = JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s));
        var second = JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s));

        // Then the bytes are the same, and no two events or attributes share a uuid
        Assert.Equal(first, second);
        var uuids = Events(first).SelectMany(e => Attributes(e).Append(e)).Select(n => (string)n["uuid"]!).ToList();
        Assert.Equal(uuids.Count, uuids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(uuids, u => Assert.Equal('5', u[14]));
    }

    [Fact]
    public void Write_JudgedSamples_EveryPropositionOnceWithCredibility()
    {
        // Given the judged snapshot
        // When it is exported
        var events = Events(JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s)));

        // Then every proposition is one attribute carrying a credibility tag, in exactly one event
        var withCredibility = events.SelectMany(Attributes).Where(a => Tags(a).Any(t => t.StartsWith(CredibilityTag, StringComparison.Ordinal))).ToList();
        Assert.Equal(judged.Snapshot.Picture.Propositions.Count, withCredibility.Count);
        Assert.Equal(
            judged.Snapshot.Picture.Propositions.Select(p => p.Statement).Order(StringComparer.Ordinal),
            withCredibility.Select(a => (string)a["value"]!).Order(StringComparer.Ordinal));
        Assert.Equal(judged.Snapshot.Picture.Propositions.Select(p => p.Subject.Key).Distinct().Count(), events.Count);
    }

    [Fact]
    public void Write_GradedOrigin_ReliabilityTagFromBestGradeAndNoneWhenUngraded()
    {
        // Given the Pentagon graded A and the NIS B
        var confirmed = judged.Snapshot.Picture.Find(JudgedSamples.ConfirmedClaim)!;
        var ungraded = judged.Snapshot.Picture.Propositions.First(p =>
            p.Supporting.All(c => !judged.Snapshot.Grades.ContainsKey(c.Origin.Id)));

        // When the picture is exported
        var attributes = Events(JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s))).SelectMany(Attributes).ToList();

        // Then a proposition the Pentagon states carries "a", and one no graded origin states carries no reliability tag
        Assert.Contains(ReliabilityTag + "\"a\"", Tags(PropositionAttribute(attributes, confirmed.Id)));
        Assert.DoesNotContain(Tags(PropositionAttribute(attributes, ungraded.Id)), t => t.StartsWith(ReliabilityTag, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ResolvedProposition_NoLikelihoodButResolutionInComment()
    {
        // Given a proposition the analyst confirmed
        var confirmed = judged.Snapshot.Picture.Find(JudgedSamples.ConfirmedClaim)!;

        // When the picture is exported
        var attributes = Events(JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s))).SelectMany(Attributes).ToList();

        // Then its truth is known: no likelihood word, and the comment says it was confirmed at 11,000
        var attribute = PropositionAttribute(attributes, confirmed.Id);
        Assert.DoesNotContain(Tags(attribute), t => t.StartsWith(LikelihoodTag, StringComparison.Ordinal));
        Assert.Contains("resolved confirmed on 2025-05-20 (true figure 11,000)", (string)attribute["comment"]!, StringComparison.Ordinal);
        Assert.Contains(attributes, a => Tags(a).Any(t => t.StartsWith(LikelihoodTag, StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_RemarkRestingOnARefutedReport_LikelihoodLoweredAndDoubtful()
    {
        // Given the Pentagon's remark (graded A, but only speculating) in the article of the June 2024 engineers report,
        // which a later article showed false
        var remark = judged.Snapshot.Picture.Find("2/c4")!;
        Assert.True(remark.RestsOnRefuted);

        // When the picture is exported
        var attributes = Events(JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s))).SelectMany(Attributes).ToList();

        // Then it is doubtful (4), and the origins that showed the report false weigh against it: unlikely, not the
        // almost certain one A-graded origin alone would give
        var tags = Tags(PropositionAttribute(attributes, remark.Id));
        Assert.Contains(CredibilityTag + "\"4\"", tags);
        Assert.Contains(LikelihoodTag + "\"unlikely\"", tags);
    }

    [Fact]
    public void Write_ProjectionOnlySpeculated_NotAlmostCertain()
    {
        // Given the projection that the troops would reach 10,000, which three origins only speculate about
        var projection = judged.Snapshot.Picture.Find("23/c5")!;
        Assert.True(projection.Projection);
        Assert.All(projection.Supporting, c => Assert.Equal(Assay.Core.Claims.Stance.Speculated, c.Claim.Claim.Stance));

        // When the picture is exported
        var attributes = Events(JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s))).SelectMany(Attributes).ToList();

        // Then each counts only as far as it commits: likely, not almost certain
        Assert.Contains(LikelihoodTag + "\"likely\"", Tags(PropositionAttribute(attributes, projection.Id)));
    }

    [Fact]
    public void Write_Event_DateIsFirstSeenAndTimestampIsCreated()
    {
        // Given the judged snapshot
        var story = judged.Snapshot.Picture.Find(JudgedSamples.ConfirmedClaim)!.Subject.Key;
        var firstSeen = judged.Snapshot.Picture.Propositions.Where(p => p.Subject.Key == story).Min(p => p.FirstSeen)!.Value;

        // When it is exported
        var events = Events(JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s)));

        // Then the story's event is dated by its first sighting and stamped with the snapshot's time
        var e = events.Single(e => (string)e["uuid"]! == DeterministicUuid.Misp("event:" + story));
        Assert.Equal(firstSeen.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string)e["date"]!);
        Assert.Equal(JudgedSamples.Created.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), (string)e["timestamp"]!);
        Assert.Contains(Attributes(e), a => (string)a["type"]! == "link" && ((string)a["value"]!).StartsWith("https://", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Write_EveryTag_ExistsInTheOfficialTaxonomy()
    {
        // Given the official admiralty-scale and estimative-language taxonomies
        var official = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ns in new[] { "admiralty-scale", "estimative-language" })
        {
            var taxonomy = JsonNode.Parse(File.ReadAllText(SharedData.PathOf("data", "misp-taxonomies", ns, "machinetag.json")))!;
            foreach (var values in taxonomy["values"]!.AsArray())
            {
                foreach (var entry in values!["entry"]!.AsArray())
                {
                    official.Add($"{ns}:{values["predicate"]}=\"{entry!["value"]}\"");
                }
            }
        }

        // When the judged samples are exported
        var tags = Events(JudgedSamples.Export(s => MispExporter.Write(judged.Snapshot, s))).SelectMany(Attributes).SelectMany(Tags).ToHashSet();

        // Then every machinetag is one the taxonomy lists, and all four predicates are used
        Assert.All(tags, t => Assert.Contains(t, official));
        Assert.Contains(tags, t => t.StartsWith(ReliabilityTag, StringComparison.Ordinal));
        Assert.Contains(tags, t => t.StartsWith(CredibilityTag, StringComparison.Ordinal));
        Assert.Contains(tags, t => t.StartsWith(LikelihoodTag, StringComparison.Ordinal));
        Assert.Contains(tags, t => t.StartsWith("estimative-language:confidence-in-analytic-judgment=", StringComparison.Ordinal));
    }

    [Fact]
    public void Misp_SameName_SameVersion5Uuid()
    {
        // Given the RFC's DNS namespace and a name whose version 5 uuid is published
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        // When the uuid is made
        var uuid = DeterministicUuid.Create(dns, "python.org");

        // Then it is the well-known value
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), uuid);
    }

    private static List<JsonObject> Events(string json) =>
        [.. JsonNode.Parse(json)!.AsArray().Select(n => n!["Event"]!.AsObject())];

    private static IEnumerable<JsonObject> Attributes(JsonObject e) => e["Attribute"]!.AsArray().Select(a => a!.AsObject());

    private static List<string> Tags(JsonObject attribute) =>
        attribute["Tag"] is JsonArray tags ? [.. tags.Select(t => (string)t!["name"]!)] : [];

    private static JsonObject PropositionAttribute(IEnumerable<JsonObject> attributes, string id) =>
        attributes.Single(a => Tags(a).Any(t => t.StartsWith(CredibilityTag, StringComparison.Ordinal))
                               && ((string)a["comment"]!).StartsWith(id + " · ", StringComparison.Ordinal));
}
