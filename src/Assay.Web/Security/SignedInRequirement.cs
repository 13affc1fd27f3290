using Microsoft.AspNetCore.Authorization;

namespace Assay.Web.Security;

/// <summary>The fallback policy's one requirement: a signed-in caller, for every endpoint not marked anonymous.</summary>
/// <remarks>A request no endpoint matched can only be a static asset or a 404, and assets are public (the sign-in page
/// may use them), so it passes whichever middleware serves assets and wherever it sits in the pipeline.</remarks>
internal sealed class SignedInRequirement : AuthorizationHandler<SignedInRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true || context.Resource is HttpContext { } http && http.GetEndpoint() is null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
