using System.Text.Json;

namespace Assay.Web.Api;

/// <summary>The REST API under /api/v1.</summary>
internal static class ApiEndpoints
{
    /// <summary>The prefix every endpoint sits under.</summary>
    public const string Prefix = "/api/v1";

    /// <summary>Registers how the API writes JSON: snake_case, before the first request is served or the document
    /// generated, so the OpenAPI schemas and the bodies agree.</summary>
    public static void AddServices(IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);

    /// <summary>Maps every endpoint.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

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
        InteropEndpoints.Map(api);
        ImportsEndpoints.Map(api);
    }
}
