using System.Text.Encodings.Web;
using Assay.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Assay.Web.Security;

/// <summary>Signs a request in by the API token in its <c>Authorization: Bearer</c> header, looked up by hash in the store.</summary>
internal sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    /// <summary>True when the request carries any credential header, so this scheme (not the cookie) judges it: a wrong
    /// one is refused with 401 rather than sent to the sign-in page.</summary>
    public static bool HasBearer(HttpRequest request) =>
        !string.IsNullOrWhiteSpace(request?.Headers.Authorization.ToString());

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail("Only bearer tokens are accepted."));
        }

        var secret = header[Prefix.Length..].Trim();
        var store = Context.RequestServices.GetRequiredService<StoreSession>().Store;
        if (store.FindToken(secret) is not { } user)
        {
            return Task.FromResult(AuthenticateResult.Fail("The token is unknown or revoked."));
        }

        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(AssayPrincipal.For(user, Scheme.Name), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        await Problems.Write(
            Context,
            StatusCodes.Status401Unauthorized,
            "Unauthorized",
            "This token is unknown or revoked: ask an admin for a new one ('assay users token NAME').");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Write(Context, StatusCodes.Status403Forbidden, "Forbidden", "Your role does not allow this.");
}
