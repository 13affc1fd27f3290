using System.Globalization;
using Assay.Interop;
using Assay.Interop.ClaimReview;
using Assay.Interop.Misp;
using Assay.Interop.Stix;
using Assay.Interop.Tables;
using Assay.Storage;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Assay.Web.Api;

/// <summary>The picture for other tools: a STIX 2.1 bundle, MISP events, ClaimReview records and the documented tables,
/// of the whole store or of one subject or window.</summary>
internal static class InteropEndpoints
{
    /// <summary>Maps the endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/exports").WithTags("Exports");
        group.MapGet("/stix", Stix)
            .WithName("ExportStix")
            .WithSummary("A STIX 2.1 bundle: a report per article, identities for outlets and sources, locations, notes and opinions for resolutions, relationships, and the claims in Assay's extension (docs/stix.md).")
            .Produces<string>(StatusCodes.Status200OK, StixMediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/misp", Misp)
            .WithName("ExportMisp")
            .WithSummary("MISP events, one per story, tagged with admiralty-scale and estimative-language (docs/exports.md).")
            .Produces<string>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/claimreview", ClaimReviews)
            .WithName("ExportClaimReview")
            .WithSummary("schema.org ClaimReview records (JSON-LD) for the resolved propositions, with each claim's appearances.")
            .Produces<string>(StatusCodes.Status200OK, "application/ld+json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/tables/{table}", Table)
            .WithName("ExportTable")
            .WithSummary("A table (claims, propositions or estimates) as CSV (format=csv, the default) or JSON Lines (format=jsonl); docs/exports.md lists the columns.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv", "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>The media type STIX 2.1 content is served with (as TAXII 2.1 names it).</summary>
    public const string StixMediaType = "application/stix+json;version=2.1";

    private static Results<FileContentHttpResult, ProblemHttpResult> Stix(StoreSession session, PictureCache pictures, IOptions<WebOptions> options, string? subject, string? since) =>
        Export(session, pictures, options, subject, since, StixExporter.Write, StixMediaType, "assay-stix.json");

    private static Results<FileContentHttpResult, ProblemHttpResult> Misp(StoreSession session, PictureCache pictures, IOptions<WebOptions> options, string? subject, string? since) =>
        Export(session, pictures, options, subject, since, MispExporter.Write, "application/json; charset=utf-8", "assay-misp.json");

    private static Results<FileContentHttpResult, ProblemHttpResult> ClaimReviews(StoreSession session, PictureCache pictures, IOptions<WebOptions> options, string? subject, string? since) =>
        Export(session, pictures, options, subject, since, (s, o) => ClaimReviewExporter.Write(s, o), "application/ld+json; charset=utf-8", "assay-claimreview.jsonld");

    private static Results<FileContentHttpResult, ProblemHttpResult> Table(
        StoreSession session, PictureCache pictures, IOptions<WebOptions> options, string table, string? format, string? subject, string? since)
    {
        TableKind? kind = table.Trim().ToLowerInvariant() switch
        {
            "claims" => TableKind.Claims,
            "propositions" => TableKind.Propositions,
            "estimates" => TableKind.Estimates,
            _ => null,
        };
        if (kind is null)
        {
            return ApiProblems.BadParameter("table", $"'{table}' is not a table: give claims, propositions or estimates");
        }

        var name = string.IsNullOrWhiteSpace(format) ? "csv" : format.Trim().ToLowerInvariant();
        if (name is not ("csv" or "jsonl"))
        {
            return ApiProblems.BadParameter("format", $"'{format}' is not a table format: give csv or jsonl");
        }

        var csv = name == "csv";
        return Export(
            session,
            pictures,
            options,
            subject,
            since,
            (s, o) => TableExporter.Write(s, kind.Value, csv ? TableFormat.Csv : TableFormat.JsonLines, o),
            csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
            $"assay-{table.Trim().ToLowerInvariant()}.{name}");
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Export(
        StoreSession session,
        PictureCache pictures,
        IOptions<WebOptions> options,
        string? subject,
        string? since,
        Action<InteropSnapshot, Stream> write,
        string contentType,
        string fileName)
    {
        if (!QueryValues.TryDate(since, "since", out var from, out var problem))
        {
            return problem;
        }

        var store = session.Store;
        var scoped = !string.IsNullOrWhiteSpace(subject) || from is not null;
        if (!scoped && store.CountArticles(new ArticleQuery()) is var count && count > options.Value.MaxExportArticles)
        {
            return ApiProblems.BadRequest(
                $"the store holds {count.ToString("N0", CultureInfo.InvariantCulture)} articles, more than an export of the whole store may hold ({options.Value.MaxExportArticles.ToString("N0", CultureInfo.InvariantCulture)}): "
                + "export a subject or a window with ?subject= or ?since=, or the whole store with 'assay export'");
        }

        // The kept picture serves a whole-store export when it covers the whole store; a scoped export, or a store
        // pictured from its newest claims only, is built for the request.
        var snapshot = scoped
            ? InteropSnapshot.Load(store, pictures.Options, new ClaimQuery { Subject = string.IsNullOrWhiteSpace(subject) ? null : subject.Trim(), Since = from })
            : pictures.ScopeOf(store).Partial
                ? InteropSnapshot.Load(store, pictures.Options)
                : InteropSnapshot.From(store, pictures.Get(store), wholeStore: true);
        using var output = new MemoryStream();
        write(snapshot, output);
        return TypedResults.File(output.ToArray(), contentType, fileName);
    }
}
