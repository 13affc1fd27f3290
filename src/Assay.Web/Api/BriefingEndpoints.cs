using Assay.Analysis.Briefing;
using Assay.Web.Services;
using Assay.Workspace.Briefing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>The briefing: key judgments, sourcing, estimates, contradictions and gaps, as 'assay brief' writes it.</summary>
internal static class BriefingEndpoints
{
    /// <summary>Maps the endpoint under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/briefing", Get)
            .WithTags("Briefing")
            .WithName("GetBriefing")
            .WithSummary("The briefing as Markdown (text/markdown, the default), HTML (text/html) or JSON; since= limits what is new.")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/html", "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static Results<ContentHttpResult, ProblemHttpResult> Get(
        StoreSession session, PictureCache pictures, string? format, string? since, string? title)
    {
        var kind = string.IsNullOrWhiteSpace(format) ? "md" : format.Trim().ToLowerInvariant();
        if (kind is not ("md" or "markdown" or "html" or "json"))
        {
            return ApiProblems.BadParameter("format", $"'{format}' is not a format: give md, html or json");
        }

        if (!QueryValues.TryDate(since, "since", out var from, out var problem))
        {
            return problem;
        }

        var store = session.Store;
        var briefing = BriefingLoader.Build(store, pictures.Get(store), from, title);
        try
        {
            return kind switch
            {
                "html" => TypedResults.Text(HtmlBriefingWriter.Write(briefing), "text/html; charset=utf-8"),
                "json" => TypedResults.Text(JsonBriefingWriter.Write(briefing), "application/json; charset=utf-8"),
                _ => TypedResults.Text(MarkdownBriefingWriter.Write(briefing), "text/markdown; charset=utf-8"),
            };
        }
        catch (BriefingLintException ex)
        {
            return TypedResults.Problem(detail: ex.Message, statusCode: StatusCodes.Status500InternalServerError, title: "The briefing failed its own checks");
        }
    }
}
