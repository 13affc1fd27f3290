using Assay.Analysis.Estimates;
using Assay.Web.Api.Models;
using Assay.Web.Services;
using Assay.Workspace;
using Assay.Workspace.Charts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>Estimates: every figure for a counted subject over time, with revisions and the pooled range.</summary>
internal static class EstimatesEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/estimates").WithTags("Estimates");
        group.MapGet("", List)
            .WithName("ListEstimates")
            .WithSummary("The counted subjects with figures, most figures first, as 'assay estimates --json' lists them.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{subjectKey}", Get)
            .WithName("GetEstimates")
            .WithSummary("One series (by its key): points, revisions and pooled ranges, as 'assay estimates SUBJECT --json'.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{subjectKey}/chart.svg", Chart)
            .WithName("GetEstimatesChart")
            .WithSummary("The series as an SVG chart: ranges as bars, origins as series, revisions marked, the pooled range shaded.")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<Page<SeriesSummary>>, ProblemHttpResult> List(
        HttpRequest request, StoreSession session, PictureCache pictures, string? limit, string? offset)
    {
        if (!Paging.TryRead(limit, offset, out var paging, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(paging.Apply([.. All(session, pictures).Select(SeriesSummary.From)], request));
    }

    private static Results<Ok<SeriesDetail>, ProblemHttpResult> Get(string subjectKey, StoreSession session, PictureCache pictures) =>
        Find(session, pictures, subjectKey) is { } series ? TypedResults.Ok(SeriesDetail.From(series)) : NotFound(subjectKey);

    private static Results<ContentHttpResult, ProblemHttpResult> Chart(string subjectKey, StoreSession session, PictureCache pictures) =>
        Find(session, pictures, subjectKey) is { } series ? TypedResults.Text(EstimateChart.Svg(series), "image/svg+xml") : NotFound(subjectKey);

    private static IReadOnlyList<SubjectSeries> All(StoreSession session, PictureCache pictures)
    {
        var store = session.Store;
        return SeriesBuilder.Build(pictures.Get(store), JudgmentLoader.PoolingGrade(store));
    }

    private static SubjectSeries? Find(StoreSession session, PictureCache pictures, string key) =>
        All(session, pictures).FirstOrDefault(s => string.Equals(s.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));

    private static ProblemHttpResult NotFound(string key) =>
        ApiProblems.NotFound($"no estimates with key '{key}': GET {ApiEndpoints.Prefix}/estimates lists the keys");
}
