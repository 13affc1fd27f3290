using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Assay.LoadTest;

/// <summary>Clients that each send one request after another until the time is up, timing every one.</summary>
internal static class LoadRun
{
    /// <summary>Runs <paramref name="concurrency"/> clients for <paramref name="duration"/>.</summary>
    public static async Task<LoadResult> Run(
        HttpClient client, IReadOnlyList<string> words, int limit, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var clients = Enumerable.Range(0, concurrency).Select(i => Client(client, words, limit, i, deadline, cancellationToken)).ToArray();
        var samples = await Task.WhenAll(clients);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var millis = samples.SelectMany(s => s.Millis).Order().ToArray();
        return new LoadResult(millis, samples.Sum(s => s.Failed), elapsed, concurrency, samples.SelectMany(s => s.Statuses).Distinct().Order().ToArray());
    }

    private static async Task<ClientSamples> Client(HttpClient client, IReadOnlyList<string> words, int limit, int index, long deadline, CancellationToken cancellationToken)
    {
        var millis = new List<double>();
        var statuses = new HashSet<HttpStatusCode>();
        var failed = 0;
        for (var i = index; Stopwatch.GetTimestamp() < deadline; i += 7)
        {
            var word = words[i % words.Count];
            var url = string.Create(CultureInfo.InvariantCulture, $"api/v1/claims?text={Uri.EscapeDataString(word)}&limit={limit}");
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead, cancellationToken);
                statuses.Add(response.StatusCode);
                if (!response.IsSuccessStatusCode)
                {
                    failed++;
                    continue;
                }
            }
            catch (HttpRequestException)
            {
                failed++;
                continue;
            }

            millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return new ClientSamples(millis, failed, statuses);
    }

    private sealed record ClientSamples(List<double> Millis, int Failed, HashSet<HttpStatusCode> Statuses);
}
