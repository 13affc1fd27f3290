using Assay.Extraction.Pipeline;
using Assay.Interop.Feeds;
using Assay.Interop.Fetching;
using Assay.Workspace;
using Microsoft.Extensions.Options;

namespace Assay.Web.Services;

/// <summary>Polls the feeds and folders of <see cref="WebOptions.Watch"/> while the server runs, storing what is new as
/// 'assay watch' does, so a team's workbench keeps up with its beat; each poll is logged, and GET /api/v1/feeds shows
/// every feed's state.</summary>
/// <remarks>A failed poll (a feed down, the store busy) is logged and the next one tried at the next interval: the
/// watcher never stops the server.</remarks>
internal sealed partial class FeedWatchService(IOptions<WebOptions> options, ILogger<FeedWatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var sources = settings.Watch.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        if (sources.Count == 0)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, settings.WatchIntervalSeconds));
        var named = string.Join(", ", sources);
        LogWatching(logger, sources.Count, named, interval.TotalSeconds);
        using var fetcher = new SafeFetcher(FetchOptions.Default with { AllowPrivate = settings.AllowPrivateFetch });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var store = StoreFactory.Open(settings.Db);
                var report = await new FeedWatcher(store, fetcher, ExtractionPipeline.Default).PollAsync(sources, stoppingToken).ConfigureAwait(false);
                LogPoll(logger, report.New, report.Repeats, report.Failed);
                foreach (var source in report.Sources)
                {
                    if (source.Error is { } error)
                    {
                        LogSourceFailed(logger, error);
                    }

                    foreach (var failure in source.Failures)
                    {
                        LogItemFailed(logger, failure.Location, failure.Reason);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A store or reader failure costs one poll, never the server.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, ex);
            }

            try
            {
                await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Count} feeds and folders ({Sources}) every {Seconds} s")]
    private static partial void LogWatching(ILogger logger, int count, string sources, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed poll: {New} new, {Repeats} repeats, {Failed} failed")]
    private static partial void LogPoll(ILogger logger, int @new, int repeats, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed poll: {Error}")]
    private static partial void LogSourceFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed item {Location}: {Reason}")]
    private static partial void LogItemFailed(ILogger logger, string location, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Feed poll failed; the next is tried at the next interval")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
