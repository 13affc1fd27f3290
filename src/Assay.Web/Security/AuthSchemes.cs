namespace Assay.Web.Security;

/// <summary>Names of the authentication schemes.</summary>
internal static class AuthSchemes
{
    /// <summary>Chooses one of the others per request: the default scheme.</summary>
    public const string Assay = "Assay";

    /// <summary>An API token in <c>Authorization: Bearer assay_…</c>.</summary>
    public const string Bearer = "Bearer";

    /// <summary>A browser session started at /signin.</summary>
    public const string Cookie = "Cookies";

    /// <summary>No sign-in: the app serves this machine only and whoever uses it is the local admin.</summary>
    public const string Local = "Local";
}
