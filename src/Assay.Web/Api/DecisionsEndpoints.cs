using Assay.Analysis.Story;
using Assay.Storage;
using Assay.Web.Api.Models;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>The analyst's history: list it, merge and split propositions, undo a decision.</summary>
internal static class DecisionsEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Decisions");
        group.MapGet("/decisions", List)
            .WithName("ListDecisions")
            .WithSummary("The decisions in the order they were made (by id); filter kind; all=true includes undone ones.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/decisions/{id:long}/undo", Undo)
            .WithName("UndoDecision")
            .WithSummary("Undoes a decision in force, as 'assay undo' does; the history keeps both.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/merges", Merge)
            .WithName("MergePropositions")
            .WithSummary("Records that two propositions state the same thing, as 'assay merge' does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/splits", Split)
            .WithName("SplitClaim")
            .WithSummary("Takes a claim out of the proposition it was grouped into, as 'assay split' does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<Page<DecisionModel>>, ProblemHttpResult> List(
        HttpRequest request, StoreSession session, string? kind, string? all, string? limit, string? offset)
    {
        if (!Paging.TryRead(limit, offset, out var paging, out var problem))
        {
            return problem!;
        }

        if (!QueryValues.TryBool(all, "all", out var includeUndone, out problem))
        {
            return problem;
        }

        var decisions = session.Store.Decisions(string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(), includeUndone ?? false)
            .OrderBy(d => d.Id)
            .Select(DecisionModel.From)
            .ToList();
        return TypedResults.Ok(paging.Apply(decisions, request));
    }

    private static Results<Ok<DecisionModel>, ProblemHttpResult> Undo(long id, UndoRequest? body, StoreSession session) =>
        session.Store.Undo(id, body?.Note) is { } undone
            ? TypedResults.Ok(DecisionModel.From(undone))
            : ApiProblems.NotFound($"no decision #{id} in force: GET {ApiEndpoints.Prefix}/decisions?all=true lists them");

    private static Results<Created<DecisionModel>, ProblemHttpResult> Merge(MergeRequest body, StoreSession session, PictureCache pictures)
    {
        if (string.IsNullOrWhiteSpace(body.First) || string.IsNullOrWhiteSpace(body.Second))
        {
            return ApiProblems.BadParameter(string.IsNullOrWhiteSpace(body.First) ? "first" : "second", "give a proposition id (\"p6.c4\") or a claim reference (\"6/c4\")");
        }

        var store = session.Store;
        var picture = pictures.Get(store);
        if (Resolve(picture, body.First) is not { } first)
        {
            return NotFound(body.First);
        }

        if (Resolve(picture, body.Second) is not { } second)
        {
            return NotFound(body.Second);
        }

        if (picture.Find(first.ToString())?.Id is { } a && a == picture.Find(second.ToString())?.Id)
        {
            return ApiProblems.Conflict($"{body.First} and {body.Second} are already one proposition ({a})");
        }

        var decision = AnalystDecisions.Merge(store, first, second, body.Note);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/decisions/{decision.Id}", DecisionModel.From(decision));
    }

    private static Results<Created<DecisionModel>, ProblemHttpResult> Split(SplitRequest body, StoreSession session)
    {
        if (!ClaimRef.TryParse(body.Claim, out var claim))
        {
            return ApiProblems.BadParameter("claim", $"'{body.Claim}' is not a claim reference: write ARTICLE/CLAIM, such as 6/c4");
        }

        var store = session.Store;
        if (!store.Claims(new ClaimQuery { ArticleId = claim.Value.ArticleId }).Any(c => c.Claim.Id == claim.Value.ClaimId))
        {
            return ApiProblems.NotFound($"no claim {claim}");
        }

        var decision = AnalystDecisions.Split(store, claim.Value, body.Note);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/decisions/{decision.Id}", DecisionModel.From(decision));
    }

    /// <summary>The claim named, or the earliest claim of the proposition named; null when neither exists.</summary>
    private static ClaimRef? Resolve(StoryPicture picture, string text) =>
        picture.Find(text) is not { } proposition ? null
        : ClaimRef.TryParse(text, out var claim) ? claim.Value
        : proposition.Claims[0].Claim.Ref;

    private static ProblemHttpResult NotFound(string text) =>
        ApiProblems.NotFound($"no proposition or grouped claim '{text}': give an id from GET {ApiEndpoints.Prefix}/propositions (\"p6.c4\") or a claim reference (\"6/c4\")");
}
