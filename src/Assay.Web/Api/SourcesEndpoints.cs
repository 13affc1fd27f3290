using Assay.Core.Sources;
using Assay.Storage;
using Assay.Web.Api.Models;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>Sources: each origin's grade and learned track record, and grading one.</summary>
internal static class SourcesEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sources").WithTags("Sources");
        group.MapGet("", List)
            .WithName("ListSources")
            .WithSummary("Every origin with its grade, learned reliability ± SD, claims, resolved, hits, misses and interval "
                         + "score, as 'assay sources --json'; most claims first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPut("/{originId}/grade", Grade)
            .WithName("GradeSource")
            .WithSummary("Records the analyst's Admiralty grade of an origin, as 'assay grade' does; the latest grade in force wins.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<Page<SourceModel>>, ProblemHttpResult> List(
        HttpRequest request, StoreSession session, PictureCache pictures, string? limit, string? offset)
    {
        if (!Paging.TryRead(limit, offset, out var paging, out var problem))
        {
            return problem!;
        }

        var store = session.Store;
        return TypedResults.Ok(paging.Apply(SourceRows.Build(store, pictures.Get(store)), request));
    }

    private static Results<Ok<DecisionModel>, ProblemHttpResult> Grade(string originId, GradeRequest body, StoreSession session, PictureCache pictures)
    {
        if (body.Grade?.Trim() is not { Length: 1 } letter || AdmiraltyScale.FindReliability(letter) is not { } level)
        {
            return ApiProblems.BadParameter("grade", $"'{body.Grade}' is not a grade: give one letter, {string.Join(", ", AdmiraltyScale.Reliability.Select(l => l.Code))}");
        }

        var store = session.Store;
        var origin = pictures.Get(store).Propositions
            .SelectMany(p => p.Claims).Select(c => c.Origin)
            .FirstOrDefault(o => string.Equals(o.Id, originId, StringComparison.OrdinalIgnoreCase));
        if (origin is null)
        {
            return ApiProblems.NotFound($"no origin '{originId}' in the story: GET {ApiEndpoints.Prefix}/sources lists them with their ids");
        }

        var decision = AnalystDecisions.Grade(store, origin.Id, level.Code, body.Note);
        return TypedResults.Ok(DecisionModel.From(decision));
    }
}
