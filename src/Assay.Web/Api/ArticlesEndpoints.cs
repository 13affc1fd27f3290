using Assay.Extraction.Pipeline;
using Assay.Storage;
using Assay.Web.Api.Models;
using Assay.Web.Security;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Assay.Web.Api;

/// <summary>Articles: ingest, list, and one with its text and spans.</summary>
internal static class ArticlesEndpoints
{
    /// <summary>Most search hits read when a list is filtered by <c>q</c>.</summary>
    private const int SearchDepth = 1000;

    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/articles").WithTags("Articles");
        group.MapPost("", Ingest)
            .WithName("IngestArticles")
            .WithSummary("Ingest articles from uploaded files, a JSON body (an article or an array) or pasted text.")
            .WithDescription("multipart/form-data: one or more files, the reader chosen by extension (.txt .md .html .json .jsonl). "
                             + "application/json: {\"title\",\"outlet\",\"published\",\"url\",\"text\"} or an array of them. "
                             + "text/plain: the article text, with ?title=&outlet=&published=. 201 when anything new was stored, else 200.")
            .AddOpenApiOperationTransformer(IngestRequestBody.Describe)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireRateLimiting(Policies.Ingest);
        group.MapGet("", List)
            .WithName("ListArticles")
            .WithSummary("Stored articles, newest first (ties by id, newest first), filtered by outlet, date and full-text search.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:long}", Get)
            .WithName("GetArticle")
            .WithSummary("One article with its text and every span: sentences, mentions, quantities, times and claims.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult>> Ingest(
        HttpRequest request,
        StoreSession session,
        IOptions<WebOptions> options,
        string? title,
        string? outlet,
        string? published,
        CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        await using var body = await BodyReader.ReadAsync(request, limit, cancellationToken);
        if (body is null)
        {
            return ApiProblems.TooLarge(limit);
        }

        var (reads, problem) = await ArticleUpload.ReadAsync(request, body, title, outlet, published, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (reads!.Count == 0)
        {
            return ApiProblems.BadRequest("the body holds no article");
        }

        if (reads.All(r => !r.Succeeded))
        {
            return ApiProblems.BadRequest(string.Join("; ", reads.Select(r => r.Error)));
        }

        var result = IngestResult.From(ArticleIntake.Store(session.Store, reads, ExtractionPipeline.Default));
        if (result.Added == 0)
        {
            return TypedResults.Ok(result);
        }

        var added = result.Outcomes.Where(o => o.Added).ToList();
        var location = added.Count == 1 ? $"{ApiEndpoints.Prefix}/articles/{added[0].ArticleId}" : $"{ApiEndpoints.Prefix}/articles";
        return TypedResults.Created(location, result);
    }

    private static Results<Ok<Page<ArticleSummary>>, ProblemHttpResult> List(
        HttpRequest request, StoreSession session, string? outlet, string? since, string? until, string? q, string? limit, string? offset)
    {
        if (!Paging.TryRead(limit, offset, out var paging, out var problem))
        {
            return problem!;
        }

        if (!QueryValues.TryDate(since, "since", out var from, out problem) || !QueryValues.TryDate(until, "until", out var to, out problem))
        {
            return problem;
        }

        var store = session.Store;
        Dictionary<long, string>? snippets = null;
        if (!string.IsNullOrWhiteSpace(q))
        {
            snippets = [];
            foreach (var hit in store.Search(q, SearchDepth))
            {
                snippets.TryAdd(hit.ArticleId, hit.Snippet);
            }
        }

        // Filtered, sorted and paged by the database: the list of a large store is never read whole.
        var query = new ArticleQuery { Outlet = outlet, Since = from, Until = to, Ids = snippets?.Keys, Offset = paging.Offset, Limit = paging.Limit };
        var articles = store.Articles(query).Select(a => ArticleSummary.From(a, snippets?.GetValueOrDefault(a.Id))).ToList();
        return TypedResults.Ok(paging.Of(articles, store.CountArticles(query), request));
    }

    private static Results<Ok<ArticleDetail>, ProblemHttpResult> Get(long id, StoreSession session) =>
        session.Store.LoadExtraction(id) is { } extraction
            ? TypedResults.Ok(ArticleDetail.From(id, extraction))
            : ApiProblems.NotFound($"no article {id}: GET {ApiEndpoints.Prefix}/articles lists them");
}
