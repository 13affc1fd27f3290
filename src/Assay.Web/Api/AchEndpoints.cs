using Assay.Analysis.Ach;
using Assay.Storage;
using Assay.Web.Api.Models;
using Assay.Web.Services;
using Assay.Workspace;
using Assay.Workspace.Ach;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Assay.Web.Api;

/// <summary>ACH matrices: list, score, build step by step, rate, export and import; every step recorded in the history
/// as the CLI's 'assay ach' commands record it, so 'assay undo' reverses it.</summary>
internal static class AchEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/ach").WithTags("ACH");
        group.MapGet("", List)
            .WithName("ListAch")
            .WithSummary("The ACH matrices in force, in the order they were made.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("", Create)
            .WithName("CreateAch")
            .WithSummary("Starts an empty matrix, as 'assay ach new' does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/import", Import)
            .WithName("ImportAch")
            .WithSummary("Reads a PARC ACH .achz (zip or XML) sent as the body (?name= required) or as one multipart file, as 'assay ach import' does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{name}", Get)
            .WithName("GetAch")
            .WithSummary("One matrix with scores, diagnosticity, sensitivity and posteriors; ?mode=weighted|inconsistency|likelihood.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{name}/hypotheses", AddHypothesis)
            .WithName("AddAchHypothesis")
            .WithSummary("Adds a hypothesis as the next column, as 'assay ach add-hypothesis' does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{name}/evidence", AddEvidence)
            .WithName("AddAchEvidence")
            .WithSummary("Adds an evidence item as the next row, as 'assay ach add-evidence' does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{name}/ratings/{evidence}/{hypothesis}", Rate)
            .WithName("RateAch")
            .WithSummary("Rates one cell (CC, C, N, I, II or NA), as 'assay ach rate' does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{name}/export.achz", Export)
            .WithName("ExportAch")
            .WithSummary("The matrix as PARC ACH XML, as 'assay ach export' writes it.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<Page<AchSummary>>, ProblemHttpResult> List(HttpRequest request, StoreSession session, string? limit, string? offset)
    {
        if (!Paging.TryRead(limit, offset, out var paging, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(paging.Apply([.. AchLoader.Load(session.Store).Select(AchSummary.From)], request));
    }

    private static Results<Ok<AchDetail>, ProblemHttpResult> Get(string name, string? mode, StoreSession session)
    {
        if (!QueryValues.TryEnum<AchScoreMode>(mode, "mode", out var scoreMode, out var problem))
        {
            return problem;
        }

        return AchLoader.Find(session.Store, name, out var error) is { } state
            ? TypedResults.Ok(AchDetail.From(state.Matrix, scoreMode ?? AchScoreMode.Weighted))
            : ApiProblems.NotFound(error!);
    }

    private static Results<Created<AchDetail>, ProblemHttpResult> Create(AchNewRequest body, StoreSession session)
    {
        if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Any(char.IsWhiteSpace) || body.Name.Contains('/', StringComparison.Ordinal))
        {
            return ApiProblems.BadParameter("name", "a matrix name must be one word without spaces or slashes (\"troops\", \"kursk-2024\")");
        }

        var store = session.Store;
        if (AchLoader.Load(store).Any(s => s.Matrix.Name == body.Name))
        {
            return ApiProblems.Conflict($"an ACH matrix '{body.Name}' already exists");
        }

        AchSteps.New(store, body.Name, body.Title, body.Note);
        return Created(store, body.Name);
    }

    private static Results<Created<AchDetail>, ProblemHttpResult> AddHypothesis(string name, AchHypothesisRequest body, StoreSession session)
    {
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return ApiProblems.BadParameter("text", "a hypothesis needs its text");
        }

        var store = session.Store;
        if (AchLoader.Find(store, name, out var error) is null)
        {
            return ApiProblems.NotFound(error!);
        }

        AchSteps.Hypothesis(store, name, body.Text, body.Note);
        return Created(store, name);
    }

    private static Results<Created<AchDetail>, ProblemHttpResult> AddEvidence(
        string name, AchEvidenceRequest body, StoreSession session, PictureCache pictures)
    {
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return ApiProblems.BadParameter("text", "an evidence item needs its text");
        }

        if (!Weight(body.Credibility, out var credibility))
        {
            return ApiProblems.BadParameter("credibility", $"'{body.Credibility}' is not high, medium or low");
        }

        if (!Weight(body.Relevance, out var relevance))
        {
            return ApiProblems.BadParameter("relevance", $"'{body.Relevance}' is not high, medium or low");
        }

        var store = session.Store;
        if (AchLoader.Find(store, name, out var error) is not { } state)
        {
            return ApiProblems.NotFound(error!);
        }

        var proposition = body.Proposition?.Trim();
        var origin = body.Origin?.Trim();
        if (proposition is { Length: > 0 } && pictures.Get(store).Find(proposition) is { } found)
        {
            // As the CLI does: the proposition's id as the story gives it, and its origin when it has only one.
            proposition = found.Id;
            if (origin is null && found.Origins is [var only])
            {
                origin = only.Id;
            }
        }

        var item = new AchEvidence(state.NextEvidenceId, body.Text.Trim())
        {
            Credibility = credibility,
            Relevance = relevance,
            Type = string.IsNullOrWhiteSpace(body.Type) ? "OSINT" : body.Type.Trim(),
            Date = body.Date,
            Code = body.Code,
            Notes = body.Note,
            Link = body.Link,
            PropositionId = proposition is { Length: > 0 } ? proposition : null,
            OriginId = origin is { Length: > 0 } ? origin : null,
        };
        AchSteps.Evidence(store, name, item, body.Note);
        return Created(store, name);
    }

    private static Results<Ok<AchDetail>, ProblemHttpResult> Rate(
        string name, string evidence, string hypothesis, AchRatingRequest body, StoreSession session)
    {
        if (!AchRatings.TryParse(body.Rating, out var rating))
        {
            return ApiProblems.BadParameter("rating", $"'{body.Rating}' is not a rating: use CC, C, N, I, II or NA");
        }

        var store = session.Store;
        if (AchLoader.Find(store, name, out var error) is not { } state)
        {
            return ApiProblems.NotFound(error!);
        }

        if (state.Matrix.FindEvidence(evidence) is not { } item)
        {
            return ApiProblems.NotFound($"no evidence {evidence} in {name}: it has {Ids(state.Matrix.Evidence.Select(e => e.Id))}");
        }

        if (state.Matrix.FindHypothesis(hypothesis) is not { } column)
        {
            return ApiProblems.NotFound($"no hypothesis {hypothesis} in {name}: it has {Ids(state.Matrix.Hypotheses.Select(h => h.Id))}");
        }

        AchSteps.Rate(store, name, item.Id, [(column.Id, rating)], body.Note);
        return TypedResults.Ok(AchDetail.From(AchLoader.Find(store, name, out _)!.Matrix, AchScoreMode.Weighted));
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Export(string name, StoreSession session)
    {
        if (AchLoader.Find(session.Store, name, out var error) is not { } state)
        {
            return ApiProblems.NotFound(error!);
        }

        using var stream = new MemoryStream();
        AchzFile.Write(state.Matrix, stream);
        return TypedResults.File(stream.ToArray(), "application/xml", name + ".achz");
    }

    private static async Task<Results<Created<AchDetail>, ProblemHttpResult>> Import(
        HttpRequest request, string? name, string? note, StoreSession session, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        await using var body = await BodyReader.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return ApiProblems.TooLarge(limit);
        }

        Stream content = body;
        if (request.HasFormContentType)
        {
            request.Body = body;
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files is not [var file, ..])
            {
                return ApiProblems.BadRequest("the multipart body holds no file: send the .achz as a file part");
            }

            name ??= Path.GetFileNameWithoutExtension(file.FileName);
            content = file.OpenReadStream();
        }

        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsWhiteSpace) || name.Contains('/', StringComparison.Ordinal))
        {
            return ApiProblems.BadParameter("name", "give the matrix a name of one word without spaces or slashes");
        }

        AchMatrix matrix;
        try
        {
            matrix = AchzFile.Read(content, name);
        }
        catch (AchFormatException ex)
        {
            return ApiProblems.BadRequest($"not a readable .achz: {ex.Message}");
        }

        var store = session.Store;
        if (AchLoader.Load(store).Any(s => s.Matrix.Name == matrix.Name))
        {
            return ApiProblems.Conflict($"an ACH matrix '{matrix.Name}' already exists: pass ?name= to import under another name");
        }

        AchSteps.Import(store, matrix, note);
        return Created(store, matrix.Name);
    }

    private static Created<AchDetail> Created(IStore store, string name) =>
        TypedResults.Created($"{ApiEndpoints.Prefix}/ach/{Uri.EscapeDataString(name)}", AchDetail.From(AchLoader.Find(store, name, out _)!.Matrix, AchScoreMode.Weighted));

    private static bool Weight(string? text, out AchWeight weight)
    {
        weight = AchWeight.Medium;
        return string.IsNullOrWhiteSpace(text) || AchWeights.TryParse(text, out weight);
    }

    private static string Ids(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids) : "none yet";
}
