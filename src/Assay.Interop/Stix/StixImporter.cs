using System.Globalization;
using System.Text.Json.Nodes;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Storage;
using Assay.Workspace;

namespace Assay.Interop.Stix;

/// <summary>Reads STIX 2.1 bundles: reports become articles (exactly as exported when they carry Assay's extension,
/// from their description otherwise), reports with only a URL become references to fetch, and the analyst's grades and
/// resolutions in Assay's extension are carried over.</summary>
public static class StixImporter
{
    /// <summary>Largest file read: larger ones are refused before they are read whole.</summary>
    internal const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Deepest nesting of JSON read; Assay's own bundles nest seven levels.</summary>
    internal const int MaxDepth = 64;

    // Types Assay writes around its reports, or that only describe other objects: read for context, skipped quietly.
    private static readonly HashSet<string> Context = new(StringComparer.Ordinal)
    {
        "identity", "location", "relationship", "opinion", "note", "extension-definition", "marking-definition", "language-content",
    };

    /// <summary>Reads a STIX 2.1 bundle (or a single object); throws <see cref="InteropFormatException"/>, naming the
    /// location and the JSON line or path, for malformed JSON or a document that is not STIX.</summary>
    public static StixImport Read(Stream input, string location) => Read(input, location, MaxBytes);

    /// <summary>Stores what was read: the articles (extracted with the pipeline, repeats found by content hash), then
    /// the analyst's grades and resolutions carried in Assay's extension (only those not already in force), as
    /// decisions. Returns counts.</summary>
    public static StixImportResult Apply(IStore store, StixImport import, ExtractionPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(pipeline);
        var outcomes = ArticleIntake.Store(store, import.Articles, pipeline);
        var failed = outcomes.Where(o => o.Error is not null).Select(o => o.Location + ": " + o.Error).ToList();
        var idByHash = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (import.Articles[i].Article is { } article && outcomes[i].ArticleId is { } id)
            {
                idByHash[article.ContentHash] = id;
            }
        }

        long? IdOf(string hash)
        {
            if (idByHash.TryGetValue(hash, out var id))
            {
                return id;
            }

            return store.FindArticle(hash) is { } stored && stored.ContentHash == hash ? idByHash[hash] = stored.Id : null;
        }

        var grades = RecordGrades(store, import, IdOf, failed);
        var resolutions = RecordResolutions(store, import, IdOf, failed);
        return new StixImportResult(
            outcomes.Count(o => o.Added),
            outcomes.Count(o => o.ArticleId is not null && !o.Added),
            failed,
            grades,
            resolutions,
            import.References);
    }

    /// <summary>Reads with a size cap of <paramref name="maxBytes"/>.</summary>
    internal static StixImport Read(Stream input, string location, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(location);
        var root = StixDocument.Parse(StixDocument.ReadCapped(input, location, maxBytes), location, MaxDepth);
        var objects = StixDocument.Objects(root, location);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (o, _) in objects)
        {
            if (StixJson.Text(o, "type") == "identity" && StixJson.Text(o, "id") is { } id && StixJson.Text(o, "name") is { } name)
            {
                names[id] = name;
            }
        }

        var articles = new List<ReadResult>();
        var references = new List<StixReference>();
        var grades = new List<StixGrade>();
        var resolutions = new List<StixResolution>();
        var warnings = new List<string>();
        foreach (var (o, path) in objects)
        {
            var type = StixJson.Text(o, "type");
            var id = StixJson.Text(o, "id");
            if (type is null || id is null)
            {
                warnings.Add($"{location}: skipped the object at {path}: it has no \"type\" or no \"id\"");
                continue;
            }

            var extension = o["extensions"]?[StixExtension.DefinitionId] as JsonObject;
            switch (type)
            {
                case "report":
                    Report(o, id, extension, location, names, articles, references, warnings);
                    break;
                case "identity" when extension is not null && StixJson.Text(extension, "grade") is { } letter:
                    if (JudgmentLoader.ParseGrade(letter) is { } grade && StixJson.Text(extension, "origin_id") is { } origin)
                    {
                        grades.Add(new StixGrade(origin, grade));
                    }
                    else
                    {
                        warnings.Add($"{location}: skipped the grade on {id}: \"{letter}\" is not a reliability letter or the origin id is missing");
                    }

                    break;
                case "note" when extension is not null && StixJson.Text(extension, "anchor_content_hash") is { } hash:
                    if (Resolution(extension, hash) is { } resolution)
                    {
                        resolutions.Add(resolution);
                    }
                    else
                    {
                        warnings.Add($"{location}: skipped the resolution on {id}: its anchor claim or outcome is missing");
                    }

                    break;
                default:
                    if (!Context.Contains(type))
                    {
                        warnings.Add($"{location}: skipped {id}: Assay imports reports, not {type} objects");
                    }

                    break;
            }
        }

        return new StixImport(location, articles, references, grades, resolutions, warnings);
    }

    private static void Report(
        JsonObject o,
        string id,
        JsonObject? extension,
        string location,
        Dictionary<string, string> names,
        List<ReadResult> articles,
        List<StixReference> references,
        List<string> warnings)
    {
        var at = location + "#" + id;
        if (extension is not null)
        {
            var (article, error) = StixExtension.ReadArticle(extension, at);
            articles.Add(article is null ? ReadResult.Fail(at, error!) : ReadResult.Ok(at, article));
            return;
        }

        var name = StixJson.Text(o, "name") ?? id;
        var url = StixJson.Objects(o, "external_references").Select(r => StixJson.Text(r, "url")).FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));
        var description = StixJson.Text(o, "description");
        if (!string.IsNullOrWhiteSpace(description))
        {
            var outlet = StixJson.Text(o, "created_by_ref") is { } creator ? names.GetValueOrDefault(creator) : null;
            // Descriptions are Markdown in OpenCTI and often elsewhere: read as Markdown, links, emphasis and headings
            // become plain text, and text that is already plain stays as it is.
            var read = ArticleReader.Default.ReadText(description, at, "md").FirstOrDefault();
            if (read?.Article is not { } body)
            {
                articles.Add(ReadResult.Fail(at, read?.Error ?? "the description holds no text"));
                return;
            }

            var article = body with
            {
                Title = name,
                Outlet = outlet ?? body.Outlet,
                Published = StixTime.DateOf(StixJson.Text(o, "published")) ?? body.Published,
                Url = url ?? body.Url,
                Language = StixJson.Text(o, "lang") ?? body.Language,
                Location = at,
            };
            articles.Add(ReadResult.Ok(at, article));
        }
        else if (url is not null)
        {
            references.Add(new StixReference(id, name, url));
        }
        else
        {
            warnings.Add($"{location}: skipped {id}: the report has neither text (description) nor a URL");
        }
    }

    private static StixResolution? Resolution(JsonObject extension, string hash)
    {
        var claim = StixJson.Text(extension, "anchor_claim");
        var outcome = JudgmentLoader.ParseOutcome(StixJson.Text(extension, "outcome"));
        return claim is null || outcome is null
            ? null
            : new StixResolution(hash, claim, outcome.Value, StixJson.Number(extension, "value"), StixJson.Text(extension, "note"));
    }

    private static int RecordGrades(IStore store, StixImport import, Func<string, long?> idOf, List<string> failed)
    {
        var inForce = new Dictionary<string, ReliabilityGrade>(JudgmentLoader.Grades(store), StringComparer.Ordinal);
        var recorded = 0;
        foreach (var grade in import.Grades)
        {
            if (StixOriginIds.FromPortable(grade.OriginId, idOf) is not { } origin)
            {
                failed.Add($"{import.Location}: grade {grade.Grade} of {grade.OriginId}: the article it names is not stored");
                continue;
            }

            if (inForce.TryGetValue(origin, out var current) && current == grade.Grade)
            {
                continue;
            }

            AnalystDecisions.Grade(store, origin, grade.Grade.ToString(), "Imported from " + import.Location);
            inForce[origin] = grade.Grade;
            recorded++;
        }

        return recorded;
    }

    private static int RecordResolutions(IStore store, StixImport import, Func<string, long?> idOf, List<string> failed)
    {
        var inForce = JudgmentLoader.Resolutions(store).Select(r => (r.Anchor, r.Outcome, r.Value)).ToHashSet();
        var recorded = 0;
        foreach (var resolution in import.Resolutions)
        {
            var articleId = idOf(resolution.ContentHash);
            if (articleId is null || store.LoadExtraction(articleId.Value)?.Claims.Any(c => c.Id == resolution.ClaimId) != true)
            {
                failed.Add($"{import.Location}: resolution anchored on {resolution.ContentHash[..Math.Min(12, resolution.ContentHash.Length)]}/{resolution.ClaimId}: no such claim is stored");
                continue;
            }

            var anchor = new ClaimRef(articleId.Value, resolution.ClaimId);
            if (!inForce.Add((anchor.ToString(), resolution.Outcome, resolution.Value)))
            {
                continue;
            }

            AnalystDecisions.Resolve(store, anchor, resolution.Outcome, resolution.Value, resolution.Note);
            recorded++;
        }

        return recorded;
    }
}
