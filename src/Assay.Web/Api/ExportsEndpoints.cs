using System.Globalization;
using System.Text;
using System.Text.Json;
using Assay.Storage;
using Assay.Web.Api.Models;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Assay.Web.Api;

/// <summary>Downloads: claims (with the filters of <c>GET /claims</c>) as CSV or JSON Lines, propositions as JSON Lines.</summary>
internal static class ExportsEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/exports").WithTags("Exports");
        group.MapGet("/claims.csv", ClaimsCsv)
            .WithName("ExportClaimsCsv")
            .WithSummary("Every claim matching the filters of GET /claims (no paging) as RFC 4180 CSV with a header row.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/claims.jsonl", ClaimsJsonLines)
            .WithName("ExportClaimsJsonl")
            .WithSummary("Every claim matching the filters of GET /claims (no paging), one JSON object per line, as in GET /claims.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/propositions.jsonl", PropositionsJsonLines)
            .WithName("ExportPropositionsJsonl")
            .WithSummary("Every proposition, strongest first, one JSON object per line, as GET /propositions/{id} shows it.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-ndjson");
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> ClaimsCsv(
        StoreSession session, [AsParameters] ClaimFilterParameters filters)
    {
        return ClaimFilter.TryRead(filters, out var filter, out var problem)
            ? TypedResults.File(Encoding.UTF8.GetBytes(Csv(filter.Apply(session.Store))), "text/csv; charset=utf-8", "claims.csv")
            : problem;
    }

    // A download lands in spreadsheets: cells that would read as formulas are quoted.
    private static string Csv(IEnumerable<StoredClaim> claims)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        ClaimCsv.Write(output, claims, guardFormulas: true);
        return output.ToString();
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> ClaimsJsonLines(
        StoreSession session, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, [AsParameters] ClaimFilterParameters filters)
    {
        return ClaimFilter.TryRead(filters, out var filter, out var problem)
            ? Lines(filter.Apply(session.Store).Select(ClaimItem.From), json.Value.SerializerOptions, "claims.jsonl")
            : problem;
    }

    private static FileContentHttpResult PropositionsJsonLines(
        StoreSession session, PictureCache pictures, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        var store = session.Store;
        var picture = pictures.Get(store);
        var credibility = PropositionCredibility.Load(store, picture);
        return Lines(picture.Propositions.Select(p => PropositionsEndpoints.Detail(p, picture, credibility)), json.Value.SerializerOptions, "propositions.jsonl");
    }

    private static FileContentHttpResult Lines<T>(IEnumerable<T> items, JsonSerializerOptions options, string fileName)
    {
        // One object per line: the API's own options, without indenting.
        var compact = new JsonSerializerOptions(options) { WriteIndented = false };
        var body = new StringBuilder();
        foreach (var item in items)
        {
            body.Append(JsonSerializer.Serialize(item, compact)).Append('\n');
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(body.ToString()), "application/x-ndjson; charset=utf-8", fileName);
    }
}
