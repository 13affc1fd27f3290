using Microsoft.AspNetCore.Http.Features;

namespace Assay.Web.Api;

/// <summary>Reads a request body into memory up to a limit, refusing a larger one before anything is parsed or stored.</summary>
internal static class BodyReader
{
    /// <summary>The body, or null when it is over <paramref name="limit"/> bytes (by its declared length, or by what
    /// arrived when no length was declared).</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength is { } declared && declared > limit)
        {
            return null;
        }

        // Raise or lower the server's own cap to ours so Kestrel neither cuts a permitted upload short nor reads past it.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit + 1;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync();
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await buffer.DisposeAsync();
            return null;
        }

        buffer.Position = 0;
        return buffer;
    }
}
