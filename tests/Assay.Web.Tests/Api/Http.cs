using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assay.Web.Tests.Api;

/// <summary>Small helpers for calling the API and reading its JSON.</summary>
internal static class Http
{
    /// <summary>GETs <paramref name="path"/> and returns the status and the parsed body (undefined when not JSON).</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Get(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await Read(response));
    }

    /// <summary>Sends <paramref name="body"/> as JSON with <paramref name="method"/>.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await Read(response));
    }

    /// <summary>Sends <paramref name="content"/> as it is.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Post(HttpClient client, string path, HttpContent content)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await Read(response));
    }

    /// <summary>The body as text.</summary>
    public static async Task<(HttpStatusCode Status, string? ContentType, string Body)> Text(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The number of stored articles, as the list reports it.</summary>
    public static async Task<int> ArticleCount(HttpClient client) => (await Get(client, "/api/v1/articles?limit=1")).Body.GetProperty("total").GetInt32();

    /// <summary>A string property, or null when it is null or missing.</summary>
    public static string? Str(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The items of a page.</summary>
    public static List<JsonElement> Items(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (text.Length == 0)
        {
            return default;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
