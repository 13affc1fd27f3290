using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Assay.LoadTest;

/// <summary>The run as a Markdown report with the machine it ran on.</summary>
internal static class LoadReport
{
    /// <summary>The report.</summary>
    public static string Markdown(LoadResult result, LoadSettings settings, Uri target)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine("# Load test: claims search by word (GET /api/v1/claims?text=WORD)").AppendLine();
        md.AppendLine(inv, $"- target: {target} ({(settings.Db is null ? "a running 'assay serve'" : "served in-process from " + Path.GetFileName(settings.Db))})");
        md.AppendLine(inv, $"- machine: {Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}");
        md.AppendLine(inv, $"- run: {settings.Concurrency} clients, {settings.Warmup} s warm-up, {result.Elapsed.TotalSeconds:0.0} s measured, {settings.Limit} claims per page; clients and server share the machine");
        md.AppendLine().AppendLine("| requests | failed | requests/s | p50 ms | p95 ms | p99 ms | max ms |").AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        md.AppendLine(inv, $"| {result.Succeeded} | {result.Failed} | {result.RequestsPerSecond:0.0} | {result.Percentile(0.50):0.0} | {result.Percentile(0.95):0.0} | {result.Percentile(0.99):0.0} | {(result.Succeeded == 0 ? 0 : result.SortedMillis[^1]):0.0} |");
        md.AppendLine().AppendLine(inv, $"HTTP statuses seen: {string.Join(", ", result.Statuses.Select(s => (int)s))}.");
        return md.ToString();
    }
}
