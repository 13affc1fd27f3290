using System.Globalization;
using Assay.Analysis.Story;
using Assay.Storage;
using Assay.Web.Api.Models;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>Propositions: the story's grouped statements, strongest first, and their resolution.</summary>
internal static class PropositionsEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/propositions").WithTags("Propositions");
        group.MapGet("", List)
            .WithName("ListPropositions")
            .WithSummary("Propositions strongest first (most independent origins, then effective sources, then mentions), with "
                         + "their Admiralty code; filters subject (words of the subject) and contested.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get)
            .WithName("GetProposition")
            .WithSummary("One proposition (by id, or by a claim reference it holds) with its claims, origins and contradictions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/resolution", Resolve)
            .WithName("ResolveProposition")
            .WithSummary("Records what a proposition turned out to be (confirmed or refuted, with the true figure), as 'assay resolve' does.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<Page<PropositionSummary>>, ProblemHttpResult> List(
        HttpRequest request, StoreSession session, PictureCache pictures, string? subject, string? contested, string? limit, string? offset)
    {
        if (!Paging.TryRead(limit, offset, out var paging, out var problem))
        {
            return problem!;
        }

        if (!QueryValues.TryBool(contested, "contested", out var isContested, out problem))
        {
            return problem;
        }

        var store = session.Store;
        var picture = pictures.Get(store);
        var credibility = PropositionCredibility.Load(store, picture);
        var matching = picture.Propositions
            .Where(p => subject is null || Mentions(p, subject))
            .Where(p => isContested is null || p.Contested == isContested)
            .ToList();
        return TypedResults.Ok(paging.Apply(matching, request, p => PropositionSummary.From(p, credibility)));
    }

    private static Results<Ok<PropositionDetail>, ProblemHttpResult> Get(string id, StoreSession session, PictureCache pictures)
    {
        var store = session.Store;
        var picture = pictures.Get(store);
        if (picture.Find(id) is not { } p)
        {
            return NotFound(id);
        }

        return TypedResults.Ok(Detail(p, picture, PropositionCredibility.Load(store, picture)));
    }

    private static Results<Created<DecisionModel>, ProblemHttpResult> Resolve(
        string id, ResolutionRequest body, StoreSession session, PictureCache pictures)
    {
        if (JudgmentLoader.ParseOutcome(body.Outcome) is not { } outcome)
        {
            return ApiProblems.BadParameter("outcome", $"'{body.Outcome}' is not an outcome: give confirmed or refuted");
        }

        if (body.Value is { } v && (double.IsNaN(v) || double.IsInfinity(v)))
        {
            return ApiProblems.BadParameter("value", "the true figure must be a finite number");
        }

        var store = session.Store;
        if (pictures.Get(store).Find(id) is not { } p)
        {
            return NotFound(id);
        }

        var decision = AnalystDecisions.Resolve(store, p, outcome, body.Value, body.Note);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/decisions/{decision.Id}", DecisionModel.From(decision));
    }

    /// <summary>The proposition with its claims, origins and contradictions.</summary>
    internal static PropositionDetail Detail(Proposition p, StoryPicture picture, PropositionCredibility credibility) => new(
        PropositionSummary.From(p, credibility),
        [.. p.Claims.Select(PropositionClaimModel.From)],
        [.. p.Origins.Select(OriginModel.From)],
        [.. picture.ContradictionsOf(p.Id).Select(ContradictionModel.From)],
        p.Notes,
        p.Joins);

    private static bool Mentions(Proposition p, string subject) =>
        p.Subject.Describe().Contains(subject, StringComparison.OrdinalIgnoreCase)
        || p.Subject.Key.Contains(subject, StringComparison.OrdinalIgnoreCase)
        || p.Label.Contains(subject, StringComparison.OrdinalIgnoreCase);

    private static ProblemHttpResult NotFound(string id) =>
        ApiProblems.NotFound($"no proposition or grouped claim '{id}': give an id from GET {ApiEndpoints.Prefix}/propositions (\"p6.c4\") or a claim reference (\"6/c4\")");
}
