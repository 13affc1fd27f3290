using System.Globalization;
using Assay.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Assay.Web.Security;

/// <summary>The browser session's events: the API answers 401/403 ProblemDetails instead of redirecting, and a session
/// ends when its user is removed, disabled or given another role.</summary>
internal sealed class CookieEvents : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Problems.IsApi(context.Request))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Write(
                context.HttpContext,
                StatusCodes.Status401Unauthorized,
                "Unauthorized",
                "Sign in: send 'Authorization: Bearer assay_…' with a token from 'assay users token NAME'.");
        }

        return base.RedirectToLogin(context);
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Problems.Write(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden", "Your role does not allow this.");
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.Principal?.Identity?.Name;
        var store = context.HttpContext.RequestServices.GetRequiredService<StoreSession>().Store;
        var user = store.Users().FirstOrDefault(u => u.Name == name);
        // A session lasts only as long as the token it was started with: revoking the token or disabling the user ends
        // it at the next request, and a changed role asks for a new sign-in.
        var tokenValid = long.TryParse(context.Principal?.FindFirst(AssayPrincipal.TokenIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var tokenId)
            && store.TokenValid(tokenId);
        if (user is null || user.Disabled || !tokenValid || context.Principal?.IsInRole(user.Role) != true)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
            return;
        }

        await base.ValidatePrincipal(context);
    }
}
