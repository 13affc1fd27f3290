using System.Text.Json;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Testing;
using Assay.Web.Tests.Support;
using Assay.Workspace;

namespace Assay.Interop.Tests.Stix;

public sealed class StixSchemaTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [SharedDataFact]
    public void Write_Samples_EveryObjectValidatesAgainstItsOfficialSchema()
    {
        // Given the samples, with a grade and a resolution (so notes and opinions are written too), exported as a bundle
        var db = samples.Copy();
        using var store = StoreFactory.Open(db);
        var picture = StoryLoader.Build(store, StoryOptions.Default with { Embedder = null });
        AnalystDecisions.Grade(store, picture.Propositions[0].Origins[0].Id, "B", null);
        AnalystDecisions.Resolve(store, picture.Propositions[0], ResolutionOutcome.Confirmed, null, null);
        var bundle = StixExports.Bytes(store);
        var schemas = new StixSchemas();

        // When every object is validated against the schema of its type, and the bundle envelope against the bundle schema
        using var document = JsonDocument.Parse(bundle);
        var failures = new List<string>();
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in document.RootElement.GetProperty("objects").EnumerateArray())
        {
            var type = o.GetProperty("type").GetString()!;
            types.Add(type);
            failures.AddRange(schemas.Errors(type, o).Select(e => o.GetProperty("id").GetString() + " " + e));
        }

        failures.AddRange(schemas.BundleErrors(document.RootElement).Select(e => "bundle " + e));

        // Then nothing fails, and every kind of object the mapping promises is there
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
        Assert.Superset(new HashSet<string> { "identity", "extension-definition", "report", "location", "relationship", "note", "opinion" }, types);
    }

    [SharedDataFact]
    public void Errors_ReportBrokenOnPurpose_FailsNamingThePath()
    {
        // Given an exported report with its required published date removed and a bad object reference added
        using var store = StoreFactory.Open(samples.Db);
        var report = StixExports.Objects(StixExports.Bytes(store)).First(o => (string)o["type"]! == "report");
        report.Remove("published");
        report["object_refs"]!.AsArray().Add("not-a-stix-id");

        // When it is validated
        using var document = JsonDocument.Parse(report.ToJsonString());
        var errors = new StixSchemas().Errors("report", document.RootElement);

        // Then validation fails and says where
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains("published", StringComparison.Ordinal) || e.Contains("required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/object_refs/", StringComparison.Ordinal));
    }
}
