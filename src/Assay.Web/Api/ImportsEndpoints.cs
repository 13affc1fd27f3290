using Assay.Extraction.Pipeline;
using Assay.Interop;
using Assay.Interop.Fetching;
using Assay.Interop.Stix;
using Assay.Web.Api.Models;
using Assay.Web.Security;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Assay.Web.Api;

/// <summary>Imports: a STIX 2.1 bundle, or the article at a URL fetched with the same guard as 'assay ingest URL'; and the
/// state of the feeds watched into the store.</summary>
internal static class ImportsEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports");
        group.MapPost("/stix", Stix)
            .WithName("ImportStix")
            .WithSummary("Import a STIX 2.1 bundle (the body, JSON): reports become articles; Assay's own export comes back whole with its grades and resolutions. 201 when anything new was stored, else 200.")
            .Accepts<object>("application/stix+json", "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireRateLimiting(Policies.Ingest);
        group.MapPost("/url", Url)
            .WithName("ImportUrl")
            .WithSummary("Fetch the article at {\"url\"} and ingest it: public addresses only (unless the server allows private ones), size-capped, timed out, redirects re-checked. 201 when new, else 200.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .RequireRateLimiting(Policies.Ingest);
        api.MapGet("/feeds", Feeds)
            .WithTags("Imports")
            .WithName("ListFeeds")
            .WithSummary("Every feed watched into this store ('assay watch', or 'assay serve --watch'), by URL: its validators, last poll and last error.");
    }

    private static Ok<List<FeedItemState>> Feeds(StoreSession session) =>
        TypedResults.Ok(session.Store.Feeds().Select(FeedItemState.From).ToList());

    private static async Task<Results<Created<StixImportSummary>, Ok<StixImportSummary>, ProblemHttpResult>> Stix(
        HttpRequest request, StoreSession session, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        await using var body = await BodyReader.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return ApiProblems.TooLarge(limit);
        }

        StixImport import;
        try
        {
            import = StixImporter.Read(body, "request body");
        }
        catch (InteropFormatException ex)
        {
            return ApiProblems.BadRequest(ex.Message);
        }

        var summary = StixImportSummary.From(import, StixImporter.Apply(session.Store, import, ExtractionPipeline.Default));
        return summary.Added > 0 ? TypedResults.Created($"{ApiEndpoints.Prefix}/articles", summary) : TypedResults.Ok(summary);
    }

    private static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult>> Url(
        UrlImportRequest body, StoreSession session, IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(body.Url?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return ApiProblems.BadParameter("url", $"'{body.Url}' is not an http or https URL");
        }

        using var fetcher = new SafeFetcher(options.Value.PageFetching());
        var reads = await Task.Run(() => UrlArticleReader.Read(fetcher, url, cancellationToken: cancellationToken), cancellationToken);
        if (reads.Count > 0 && reads.All(r => !r.Succeeded))
        {
            return TypedResults.Problem(
                detail: string.Join("; ", reads.Select(r => r.Error)), statusCode: StatusCodes.Status502BadGateway, title: "The article could not be fetched or read");
        }

        var result = IngestResult.From(ArticleIntake.Store(session.Store, reads, ExtractionPipeline.Default));
        return result.Added > 0 ? TypedResults.Created($"{ApiEndpoints.Prefix}/articles/{result.Outcomes.First(o => o.Added).ArticleId}", result) : TypedResults.Ok(result);
    }
}
