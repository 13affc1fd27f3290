using System.Text.RegularExpressions;

namespace Assay.Extraction.Reading;

/// <summary>Cleans URLs found in article text and extracts their hosts.</summary>
internal static partial class UrlText
{
    /// <summary>The trimmed absolute http(s) URL with the scraper's "none" artefact removed, or null.</summary>
    /// <remarks>Some scraped files glue the word "none" onto the URL ("…-a86762none"). It is removed only when the
    /// path ends in digits plus "none" with no query or fragment, i.e. where the real path plainly ends in an
    /// article id; a slug that truly ends in "none" ("/none", "-phone-none") is left alone.</remarks>
    public static string? Clean(string? candidate)
    {
        if (string.IsNullOrWhiteSpace(candidate))
        {
            return null;
        }

        var url = candidate.Trim().Trim('<', '>', '(', ')', '"', '\'');
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return NoneArtefact().IsMatch(url) ? url[..^4] : url;
    }

    /// <summary>The host of <paramref name="url"/> in lower case without "www.", or null.</summary>
    public static string? Host(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    [GeneratedRegex("^https?://[^?#]*/[^/?#]*\\dnone$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoneArtefact();
}
