using System.Net;

namespace Assay.Web.Security;

/// <summary>Decides whether callers must sign in: when any address the app listens on reaches beyond this machine, or
/// when <see cref="SecurityOptions.RequireAuth"/> says so.</summary>
internal sealed class SignInRequirement
{
    private SignInRequirement(bool required, string? publicUrl)
    {
        Required = required;
        PublicUrl = publicUrl;
    }

    /// <summary>True when every request needs a token or a session.</summary>
    public bool Required { get; }

    /// <summary>The first configured address that is not loopback, or null when all are.</summary>
    public string? PublicUrl { get; }

    /// <summary>Reads the listening addresses (<c>urls</c>, ASPNETCORE_URLS, <c>http_ports</c>/<c>https_ports</c>, Kestrel
    /// endpoints) and Assay:RequireAuth from configuration.</summary>
    public static SignInRequirement From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var publicUrl = ConfiguredUrls(configuration).FirstOrDefault(url => !IsLoopback(url));
        var forced = configuration.GetValue<bool>($"{WebOptions.Section}:{nameof(SecurityOptions.RequireAuth)}");
        return new SignInRequirement(forced || publicUrl is not null, publicUrl);
    }

    /// <summary>Every address the configuration asks the server to listen on.</summary>
    public static IEnumerable<string> ConfiguredUrls(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var key in new[] { "urls", "ASPNETCORE_URLS" })
        {
            foreach (var url in Split(configuration[key]))
            {
                yield return url;
            }
        }

        // Ports without a host listen on every interface.
        foreach (var key in new[] { "http_ports", "https_ports", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS" })
        {
            foreach (var port in Split(configuration[key]))
            {
                yield return "http://*:" + port;
            }
        }

        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    /// <summary>True when <paramref name="url"/> listens on this machine only: localhost, 127.0.0.0/8, ::1, or a
    /// Unix socket or named pipe.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            // An address the server cannot read either: assume the worst.
            return false;
        }

        if (address.IsUnixPipe || address.IsNamedPipe)
        {
            return true;
        }

        var host = address.Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    private static string[] Split(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
