using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Assay.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Assay.Web.Security;

/// <summary>Authentication, authorization, limits and headers.</summary>
/// <remarks>Bound to this machine only (and Assay:RequireAuth not set), every request is the local admin. Otherwise
/// every request needs an API token (<c>Authorization: Bearer</c>) or a session started at /signin, except /signin
/// and static files; roles are enforced for all endpoints by <see cref="WriteAccess"/>.</remarks>
internal static class SecuritySetup
{
    /// <summary>Registers the security services.</summary>
    public static void AddServices(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.Configure<SecurityOptions>(builder.Configuration.GetSection(WebOptions.Section));
        services.AddSingleton(provider => SignInRequirement.From(provider.GetRequiredService<IConfiguration>()));

        services.AddAuthentication(AuthSchemes.Assay)
            .AddPolicyScheme(AuthSchemes.Assay, "Token, session or local", options =>
                options.ForwardDefaultSelector = context =>
                    !context.RequestServices.GetRequiredService<SignInRequirement>().Required ? AuthSchemes.Local
                    : BearerTokenHandler.HasBearer(context.Request) ? AuthSchemes.Bearer
                    : AuthSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(AuthSchemes.Bearer, null)
            .AddScheme<AuthenticationSchemeOptions, LocalAdminHandler>(AuthSchemes.Local, null)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.Cookie.Name = "assay.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.EventsType = typeof(CookieEvents);
            });
        services.AddSingleton<CookieEvents>();

        services.AddSingleton<IAuthorizationHandler, SignedInRequirement>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new SignedInRequirement()).Build())
            .AddPolicy(Policies.Viewer, p => p.RequireRole(Policies.Viewer, Policies.Analyst, Policies.Admin))
            .AddPolicy(Policies.Analyst, p => p.RequireRole(Policies.Analyst, Policies.Admin))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Policies.Admin));

        // ASP.NET Core writes JSON with relaxed escaping; every article field is hostile text, so '<', '>', '&' and quotes
        // leave as \u escapes: a body sniffed as HTML, or pasted into a page by a client, carries no markup.
        // Letters of every script stay readable.
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "assay.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Kestrel and form reading are capped too, so a body sent without a length stops at the same size.
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetSection(WebOptions.Section).Get<WebOptions>()?.MaxUploadBytes
                ?? new WebOptions().MaxUploadBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<WebOptions>>((form, web) =>
        {
            form.MultipartBodyLengthLimit = web.Value.MaxUploadBytes;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, web.Value.MaxUploadBytes);
        });

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policies.Ingest, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value;
                var caller = context.User.Identity?.IsAuthenticated == true && context.User.Identity.Name is { } name
                    ? "user:" + name
                    : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "local");
                return RateLimitPartition.GetFixedWindowLimiter(caller, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.IngestPermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, options.IngestWindowSeconds)),
                });
            });
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 60;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Problems.Write(
                    rejected.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    "Too many requests",
                    $"Too many ingest requests: try again in {seconds} s."));
            };
        });
    }

    /// <summary>Adds the security middleware.</summary>
    /// <exception cref="InvalidOperationException">The app would serve beyond this machine and the store has no user
    /// who could sign in.</exception>
    public static void Use(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        RefuseOpenServerWithoutUsers(app);

        app.Use(SecurityHeaders.Add);
        app.Use(LoopbackHostGuard.Check);

        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(WriteAccess.Check);
        app.Use(UploadLimit.Check);
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapPost("/signout", SignOut).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> SignOut(HttpContext context, IAntiforgery antiforgery)
    {
        // A sign-out forced by another site would only be a nuisance, but the form carries the token anyway.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad request",
                detail: "Sign out from the form of the app's pages (its anti-forgery token is missing or wrong).");
        }

        await context.SignOutAsync(AuthSchemes.Cookie);
        return TypedResults.Redirect("/signin");
    }

    private static void RefuseOpenServerWithoutUsers(WebApplication app)
    {
        var requirement = app.Services.GetRequiredService<SignInRequirement>();
        if (requirement.PublicUrl is null)
        {
            return;
        }

        using var scope = app.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<StoreSession>().Store;
        if (store.Users().Count == 0)
        {
            throw new InvalidOperationException(
                $"Assay would serve {requirement.PublicUrl}, beyond this machine, and the store has no users to sign in: " +
                "create a user with 'assay users add NAME --role admin', then a token with 'assay users token NAME'.");
        }
    }
}
