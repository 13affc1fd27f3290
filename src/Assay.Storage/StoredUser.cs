namespace Assay.Storage;

/// <summary>A user of the web workbench: a unique name and a role (see <see cref="UserRoles"/>).</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Name">The unique name.</param>
/// <param name="Role">viewer, analyst or admin.</param>
/// <param name="CreatedAt">When the user was added.</param>
/// <param name="Disabled">True when none of the user's tokens signs in.</param>
/// <param name="ActiveTokens">How many of the user's tokens are not revoked.</param>
public sealed record StoredUser(long Id, string Name, string Role, DateTimeOffset CreatedAt, bool Disabled, int ActiveTokens);
