using Microsoft.AspNetCore.Mvc;

namespace Assay.Web.Security;

/// <summary>Writes the security layer's refusals as ProblemDetails (RFC 9457), like every other error of the app.</summary>
internal static class Problems
{
    /// <summary>Answers <paramref name="status"/> with a problem whose detail says what to do.</summary>
    public static async Task Write(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json");
        }
    }

    /// <summary>True for requests to the REST API, which answer with status codes rather than redirects.</summary>
    public static bool IsApi(HttpRequest request) =>
        request?.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ?? false;
}
