using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Extraction.Pipeline;
using Assay.Interop.Stix;
using Assay.Web.Tests.Support;
using Assay.Workspace;

namespace Assay.Interop.Tests.Stix;

public sealed class StixRoundTripTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Fact]
    public void Apply_OwnExportIntoFreshStore_ExportsTheSameBytesWithGradesAndResolution()
    {
        // Given a copy of the samples store with two grades (one on an origin named by an article) and a resolution
        var source = samples.Copy();
        byte[] first;
        using (var store = StoreFactory.Open(source))
        {
            var picture = StoryLoader.Build(store, StoryOptions.Default with { Embedder = null });
            var graded = picture.Propositions[0].Origins[0];
            AnalystDecisions.Grade(store, graded.Id, "B", null);
            var byArticle = picture.Propositions.SelectMany(p => p.Origins).FirstOrDefault(o => o.Id.Contains("article:", StringComparison.Ordinal));
            if (byArticle is not null)
            {
                AnalystDecisions.Grade(store, byArticle.Id, "E", null);
            }

            var resolved = picture.Propositions.First(p => p.Figure is not null);
            AnalystDecisions.Resolve(store, resolved, ResolutionOutcome.Refuted, 3000, "Later counts settled on a lower figure.");
            first = StixExports.Bytes(store);
        }

        // When the bundle is imported into a fresh store, and that store exported again
        var target = samples.NewDb();
        StixImportResult result;
        byte[] second;
        using (var store = StoreFactory.Open(target))
        {
            using var input = new MemoryStream(first);
            var import = StixImporter.Read(input, "samples.stix.json");
            result = StixImporter.Apply(store, import, ExtractionPipeline.Default);
            second = StixExports.Bytes(store);
            using var original = StoreFactory.Open(source);
            Assert.Equal(JudgmentLoader.Grades(original).Values.Order(), JudgmentLoader.Grades(store).Values.Order());
        }

        // Then every article, grade and the resolution came across, and the second bundle is byte-identical to the first
        Assert.Empty(result.Failed);
        Assert.Equal(StixExports.Objects(first).Count(o => (string)o["type"]! == "report"), result.Added);
        Assert.InRange(result.GradesRecorded, 1, 2);
        Assert.Equal(1, result.ResolutionsRecorded);
        Assert.Contains(StixExports.Objects(second), o => (string)o["type"]! == "opinion" && (string?)o["opinion"] == "strongly-disagree");
        Assert.True(first.AsSpan().SequenceEqual(second), FirstDifference(first, second));
    }

    [Fact]
    public void Apply_SameBundleTwice_RecordsNothingTheSecondTime()
    {
        // Given a store into which a graded export was imported once
        var source = samples.Copy();
        byte[] bundle;
        using (var store = StoreFactory.Open(source))
        {
            var origin = StoryLoader.Build(store, StoryOptions.Default with { Embedder = null }).Propositions[0].Origins[0];
            AnalystDecisions.Grade(store, origin.Id, "C", null);
            bundle = StixExports.Bytes(store);
        }

        using var target = StoreFactory.Open(samples.NewDb());
        StixImporter.Apply(target, StixImporter.Read(new MemoryStream(bundle), "b.json"), ExtractionPipeline.Default);

        // When it is imported again
        var again = StixImporter.Apply(target, StixImporter.Read(new MemoryStream(bundle), "b.json"), ExtractionPipeline.Default);

        // Then every article is a repeat and the grade already in force is not recorded twice
        Assert.Equal(0, again.Added);
        Assert.Equal(StixExports.Objects(bundle).Count(o => (string)o["type"]! == "report"), again.Repeats);
        Assert.Equal(0, again.GradesRecorded);
        Assert.Single(target.Decisions(JudgmentLoader.Grade));
    }

    private static string FirstDifference(byte[] a, byte[] b)
    {
        var i = a.AsSpan().CommonPrefixLength(b);
        var from = Math.Max(0, i - 200);
        return $"bundles differ at byte {i}:\n--- first\n{System.Text.Encoding.UTF8.GetString(a, from, Math.Min(400, a.Length - from))}\n"
               + $"--- second\n{System.Text.Encoding.UTF8.GetString(b, from, Math.Min(400, b.Length - from))}";
    }
}
