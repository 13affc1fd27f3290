using System.Globalization;
using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Extraction.Pipeline;
using Assay.Interop.Feeds;
using Assay.Interop.Fetching;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay watch FEED_URL|FOLDER...</c>: poll feeds and folders and store what is new, once or every
/// interval until Ctrl+C; exit 0 when every poll went through, 2 when some feed or item failed, 1 when the store
/// could not be used.</summary>
internal sealed class WatchCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, ExtractionPipeline pipeline)
    : Command<WatchSettings>
{
    public override int Execute(CommandContext context, WatchSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var options = FetchOptions.Default with
        {
            AllowPrivate = settings.AllowPrivate,
            HostInterval = TimeSpan.FromMilliseconds(settings.RateMilliseconds),
            RequestTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            MaxBytes = settings.MaxBytes,
        };
        using var fetcher = new SafeFetcher(options);
        var watcher = new FeedWatcher(store, fetcher, pipeline);
        var failed = false;
        void Report(PollReport report)
        {
            failed |= !report.Succeeded;
            Render(report, settings.Json);
        }

        try
        {
            if (settings.Once)
            {
                Report(watcher.PollAsync(settings.Sources, cancellationToken).GetAwaiter().GetResult());
            }
            else
            {
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                ConsoleCancelEventHandler onCancel = (_, e) =>
                {
                    e.Cancel = true;
                    stop.Cancel();
                };
                Console.CancelKeyPress += onCancel;
                try
                {
                    watcher.WatchAsync(settings.Sources, TimeSpan.FromSeconds(settings.IntervalSeconds), Report, stop.Token).GetAwaiter().GetResult();
                }
                finally
                {
                    Console.CancelKeyPress -= onCancel;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped during a --once poll: what was stored stays stored.
        }
#pragma warning disable CA1031 // A store failure ends the watch with one line, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            errors.Error(ex, $"watching into {StoreFactory.Describe(settings.DbPath)} failed");
            return ExitCodes.Error;
        }

        return failed ? ExitCodes.Skipped : ExitCodes.Ok;
    }

    private void Render(PollReport report, bool json)
    {
        var writer = console.Profile.Out.Writer;
        if (json)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                started = report.Started.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                @new = report.New,
                repeats = report.Repeats,
                failed = report.Failed,
                sources = report.Sources.Select(s => new
                {
                    source = s.Source,
                    notModified = s.NotModified,
                    stored = s.Stored.Select(i => new { location = i.Location, articleId = i.ArticleId, title = i.Title }),
                    repeats = s.Repeats,
                    failures = s.Failures.Select(f => new { location = f.Location, reason = f.Reason }),
                    error = s.Error,
                }),
            }));
            return;
        }

        var time = report.Started.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{time} poll: {report.New} new, {report.Repeats} repeats, {report.Failed} failed"));
        foreach (var source in report.Sources)
        {
            if (source.Error is not null)
            {
                writer.WriteLine($"  failed: {source.Error}");
                continue;
            }

            if (source.NotModified)
            {
                writer.WriteLine($"  not modified: {source.Source}");
            }

            foreach (var item in source.Stored)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  new: {item.Location} (article {item.ArticleId})"));
            }

            foreach (var failure in source.Failures)
            {
                writer.WriteLine($"  failed: {failure}");
            }
        }
    }
}
