namespace Assay.Web.Api;

/// <summary>The REST API under /api/v1.</summary>
internal static class ApiEndpoints
{
    /// <summary>Maps every endpoint.</summary>
    public static void Map(WebApplication app) => ArgumentNullException.ThrowIfNull(app);
}
