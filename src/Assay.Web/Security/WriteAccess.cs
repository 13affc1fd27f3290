using Microsoft.AspNetCore.Antiforgery;

namespace Assay.Web.Security;

/// <summary>The one place roles are enforced, for every endpoint there is or will be: a request that may change
/// something (any method but GET, HEAD, OPTIONS) needs analyst; anything under /users or /api/v1/users needs admin.
/// Such requests must also come from the app's own pages or from a client that is not a browser.</summary>
/// <remarks>Cross-site defence: a browser names the page a write comes from (Origin, Sec-Fetch-Site); a write from
/// another site is refused whatever the caller holds. A browser session writing to the API must also send the
/// anti-forgery token in the <c>RequestVerificationToken</c> header (pages' forms carry it in the form, checked by
/// Razor Pages); API clients sign in with a bearer token, which no other site can make a browser send.</remarks>
internal static class WriteAccess
{
    /// <summary>Paths that start or end a session: anyone may post to them, and they change nothing in the workspace.</summary>
    private static readonly PathString[] SessionPaths = ["/signin", "/signout"];

    /// <summary>Lets the request through, or answers 403 ProblemDetails.</summary>
    public static async Task Check(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.Request;
        var safe = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);
        if (!safe && IsCrossSite(request))
        {
            await Problems.Write(context, StatusCodes.Status403Forbidden, "Forbidden", "A change sent from another site is refused.");
            return;
        }

        if (IsSessionPath(request.Path))
        {
            await next(context);
            return;
        }

        var needed = IsUserAdmin(request.Path) ? Policies.Admin : safe ? null : Policies.Analyst;
        if (needed is not null && context.User.Identity?.IsAuthenticated == true && !AssayPrincipal.HasAtLeast(context.User, needed))
        {
            await Problems.Write(
                context,
                StatusCodes.Status403Forbidden,
                "Forbidden",
                $"This needs the {needed} role; you are signed in as {context.User.Identity.Name} with a lesser one.");
            return;
        }

        if (!safe && Problems.IsApi(request) && context.User.Identity?.AuthenticationType == AuthSchemes.Cookie)
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Problems.Write(
                    context,
                    StatusCodes.Status403Forbidden,
                    "Forbidden",
                    "A browser session changing data through the API must send the anti-forgery token in the RequestVerificationToken header.");
                return;
            }
        }

        await next(context);
    }

    private static bool IsSessionPath(PathString path) =>
        SessionPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static bool IsUserAdmin(PathString path) =>
        path.StartsWithSegments("/users", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/v1/users", StringComparison.OrdinalIgnoreCase);

    private static bool IsCrossSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site")
        {
            return true;
        }

        // A browser that says the request comes from this very origin is believed before the Origin header, which it
        // may send as "null" on the app's own forms when the referrer is withheld.
        if (fetchSite == "same-origin")
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        // "null" is what a sandboxed or privacy-sensitive context sends: not the app's own page.
        return !Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            || !string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
