using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Assay.Web.Tests.Security;

/// <summary>Every endpoint the app maps, as requests a test can send: read from <see cref="EndpointDataSource"/>, so
/// endpoints added later are covered without touching the tests.</summary>
internal static class EndpointRoutes
{
    /// <summary>One request per endpoint and method: its path with each parameter given <paramref name="value"/> (or a
    /// word for non-numeric ones), whether it is anonymous and whether it belongs to the API.</summary>
    public static IReadOnlyList<EndpointRequest> All(IServiceProvider services, string value = "1")
    {
        var requests = new List<EndpointRequest>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var path = Path(endpoint.RoutePattern, value);
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            // Razor pages answer any method; a page's forms post, so GET and POST stand for it.
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                requests.Add(new EndpointRequest(method.ToUpperInvariant(), path, anonymous, endpoint.DisplayName ?? path));
            }
        }

        return [.. requests.DistinctBy(r => (r.Method, r.Path))];
    }

    private static string Path(RoutePattern pattern, string value)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { IsOptional: true } => "",
                    RoutePatternParameterPart parameter => Numeric(parameter) ? value : "x" + value,
                    _ => "",
                };
            }

            if (text.Length > 0)
            {
                segments.Add(text);
            }
        }

        return "/" + string.Join('/', segments);
    }

    private static bool Numeric(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "long" or "int");
}
