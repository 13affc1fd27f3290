namespace Assay.Web.Security;

/// <summary>Without sign-in, answers only requests addressed to this machine by name (localhost, 127.0.0.1, [::1]).</summary>
/// <remarks>A web page elsewhere can point a domain of its own at 127.0.0.1 and then call the app as the same origin
/// (DNS rebinding); the Host header still names that domain, so checking it keeps the local workbench local.</remarks>
internal static class LoopbackHostGuard
{
    /// <summary>Refuses a request whose Host is not a loopback name when sign-in is not required.</summary>
    public static Task Check(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var requirement = context.RequestServices.GetRequiredService<SignInRequirement>();
        if (requirement.Required || SignInRequirement.IsLoopback("http://" + (context.Request.Host.HasValue ? context.Request.Host.Value : "")))
        {
            return next(context);
        }

        return Problems.Write(
            context,
            StatusCodes.Status400BadRequest,
            "Bad host",
            "Without sign-in this workbench answers only http://localhost or http://127.0.0.1; serve it with Assay:RequireAuth=true to use another name.");
    }
}
