using System.Security.Claims;
using Assay.Storage;

namespace Assay.Web.Security;

/// <summary>Builds the signed-in user's identity: name, role, and the token that signed them in.</summary>
internal static class AssayPrincipal
{
    /// <summary>The claim carrying the id of the token a caller signed in with.</summary>
    public const string TokenIdClaim = "assay:token";

    /// <summary>The name the local analyst goes by when no sign-in is required.</summary>
    public const string LocalName = "local";

    /// <summary>A principal for the user a token signs in, under <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal For(TokenUser user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(ClaimTypes.Role, user.Role),
                new Claim(TokenIdClaim, user.TokenId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            scheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The local analyst: admin of a workbench that serves this machine only.</summary>
    public static ClaimsPrincipal Local() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, LocalName), new Claim(ClaimTypes.Role, UserRoles.Admin)], AuthSchemes.Local));

    /// <summary>True when <paramref name="user"/> holds <paramref name="role"/> or a role above it.</summary>
    public static bool HasAtLeast(ClaimsPrincipal user, string role)
    {
        ArgumentNullException.ThrowIfNull(user);
        return role switch
        {
            UserRoles.Viewer => user.IsInRole(UserRoles.Viewer) || user.IsInRole(UserRoles.Analyst) || user.IsInRole(UserRoles.Admin),
            UserRoles.Analyst => user.IsInRole(UserRoles.Analyst) || user.IsInRole(UserRoles.Admin),
            UserRoles.Admin => user.IsInRole(UserRoles.Admin),
            _ => false,
        };
    }
}
