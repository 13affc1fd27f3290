using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;

namespace Assay.Web.Api;

/// <summary>The REST API under /api/v1.</summary>
internal static class ApiEndpoints
{
    /// <summary>The prefix every endpoint sits under.</summary>
    public const string Prefix = "/api/v1";

    /// <summary>Maps every endpoint.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The API speaks snake_case; set here, before the first request is served or the document generated, so the
        // OpenAPI schemas and the bodies agree.
        var json = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;

        // Article text is hostile: '<', '>', '&' and quotes are escaped so no body can be read as markup even if a client
        // renders it wrongly; other characters stay readable.
        json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

        var api = app.MapGroup(Prefix);
        ArticlesEndpoints.Map(api);
        ClaimsEndpoints.Map(api);
        PropositionsEndpoints.Map(api);
        DecisionsEndpoints.Map(api);
        EstimatesEndpoints.Map(api);
        SourcesEndpoints.Map(api);
        AchEndpoints.Map(api);
        BriefingEndpoints.Map(api);
        ExportsEndpoints.Map(api);
    }
}
