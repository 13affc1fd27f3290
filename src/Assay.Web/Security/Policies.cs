namespace Assay.Web.Security;

/// <summary>Names of the authorization and rate-limiting policies endpoints refer to.</summary>
public static class Policies
{
    /// <summary>Rate limit for endpoints that ingest articles.</summary>
    public const string Ingest = "ingest";

    /// <summary>May read everything.</summary>
    public const string Viewer = "viewer";

    /// <summary>May also change the workspace: ingest, grade, resolve, merge, rate.</summary>
    public const string Analyst = "analyst";

    /// <summary>May also manage users and tokens.</summary>
    public const string Admin = "admin";
}
