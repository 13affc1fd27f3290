using System.Net;
using System.Text.RegularExpressions;

namespace Assay.Web.Tests.Pages;

/// <summary>Reads pages and posts their forms the way a browser does: the anti-forgery token from the form's page, the
/// cookie kept by the client.</summary>
internal static partial class PageClient
{
    /// <summary>The page's HTML, asserting it answered 200.</summary>
    public static async Task<string> GetPage(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}: {body[..Math.Min(400, body.Length)]}");
        return body;
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the token of the form on <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostForm(this HttpClient client, string page, string action, IDictionary<string, string> fields)
    {
        var html = await client.GetPage(page);
        var token = Token().Match(html);
        Assert.True(token.Success, $"{page} has no anti-forgery token");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
