using Assay.Storage;
using Assay.Web.Api.Models;
using Assay.Web.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Assay.Web.Api;

/// <summary>Claims: filtered and searched lists, and one claim with its proposition and origin.</summary>
internal static class ClaimsEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/claims").WithTags("Claims");
        group.MapGet("", List)
            .WithName("ListClaims")
            .WithSummary("Claims, filtered by subject, source, stance, event, since, until, article, text (words in subject, "
                         + "source, place or agent) and q (full-text over the articles); publication order, newest first with text.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{articleId:long}/{claimId}", Get)
            .WithName("GetClaim")
            .WithSummary("One claim with the proposition it joins and the origin it rests on.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static Results<Ok<Page<ClaimItem>>, ProblemHttpResult> List(
        HttpRequest request, StoreSession session, [AsParameters] ClaimFilterParameters filters, string? limit, string? offset)
    {
        if (!Paging.TryRead(limit, offset, out var paging, out var problem))
        {
            return problem!;
        }

        if (!ClaimFilter.TryRead(filters, out var filter, out problem))
        {
            return problem;
        }

        // A large store holds millions of claims: read only as far as this page reaches, so the total is given only when
        // the matches end within it.
        return TypedResults.Ok(paging.Apply(filter.Apply(session.Store, paging.Reach), request, ClaimItem.From, complete: !filter.ReadsInStore));
    }

    private static Results<Ok<ClaimDetail>, ProblemHttpResult> Get(long articleId, string claimId, StoreSession session, PictureCache pictures)
    {
        var store = session.Store;
        var claim = store.Claims(new ClaimQuery { ArticleId = articleId }).FirstOrDefault(c => c.Claim.Id == claimId);
        if (claim is null)
        {
            return ApiProblems.NotFound($"no claim {articleId}/{claimId}: GET {ApiEndpoints.Prefix}/articles/{articleId} lists the article's claims");
        }

        var reference = $"{articleId}/{claimId}";
        var proposition = pictures.Get(store).Find(reference);
        var grouped = proposition?.Claims.FirstOrDefault(c => c.Claim.Ref.ToString() == reference);
        return TypedResults.Ok(new ClaimDetail(
            ClaimItem.From(claim), proposition?.Id, proposition?.Label, grouped is null ? null : OriginModel.From(grouped.Origin)));
    }
}
