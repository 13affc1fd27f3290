namespace Assay.Storage;

/// <summary>Whom a valid token signs in.</summary>
/// <param name="TokenId">The token's id.</param>
/// <param name="UserId">The user's id.</param>
/// <param name="UserName">The user's name.</param>
/// <param name="Role">The user's role (see <see cref="UserRoles"/>).</param>
public sealed record TokenUser(long TokenId, long UserId, string UserName, string Role);
