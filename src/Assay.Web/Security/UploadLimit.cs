using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Assay.Web.Security;

/// <summary>Caps every request body at <see cref="WebOptions.MaxUploadBytes"/> and answers 413 ProblemDetails above it,
/// before anything is read or stored.</summary>
internal static class UploadLimit
{
    /// <summary>Refuses a declared length over the cap; caps the server's body size for bodies sent without one.</summary>
    public static async Task Check(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var limit = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.MaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            await TooLarge(context, limit);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // A chunked body grew past the cap while the endpoint read it.
            await TooLarge(context, limit);
        }
    }

    private static Task TooLarge(HttpContext context, long limit) =>
        Problems.Write(
            context,
            StatusCodes.Status413PayloadTooLarge,
            "Too large",
            $"The request body is larger than the {limit:N0} bytes this server accepts (Assay:MaxUploadBytes); nothing was stored.");
}
