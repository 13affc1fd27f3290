namespace Assay.Storage;

/// <summary>The roles a user can hold, each allowing what the one before it does and more.</summary>
public static class UserRoles
{
    /// <summary>Reads everything, changes nothing.</summary>
    public const string Viewer = "viewer";

    /// <summary>Also changes the workspace: ingests, grades, resolves, merges, splits, undoes.</summary>
    public const string Analyst = "analyst";

    /// <summary>Also manages users and tokens.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, least first.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Analyst, Admin];

    /// <summary>True when <paramref name="role"/> is one of <see cref="All"/> (exact, lower-case).</summary>
    public static bool IsKnown(string? role) => role is Viewer or Analyst or Admin;
}
