using System.Diagnostics;
using System.Globalization;
using Assay.Corpus;
using Assay.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.LoadTest;

/// <summary>Sends claims searches by word from several clients for a bounded time and reports throughput and latency.</summary>
internal sealed class LoadCommand : AsyncCommand<LoadSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, LoadSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Db is { } db && !File.Exists(db))
        {
            AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(db)} does not exist: make one with 'assay bench --articles 100000 --db {Markup.Escape(db)}'.");
            return 1;
        }

        await using var app = settings.Db is null ? null : WebApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            "--Assay:Db=" + settings.Db,
            "--Logging:LogLevel:Default=Warning",
        ]);
        if (app is not null)
        {
            await app.StartAsync(cancellationToken);
        }

        var baseUrl = new Uri((settings.Url ?? app!.Urls.First()).TrimEnd('/') + "/");
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var words = Words();
        AnsiConsole.MarkupLine(Markup.Escape($"Claims search by word against {baseUrl}: {settings.Concurrency} clients, {settings.Warmup} s warm-up, {settings.Seconds} s measured, {words.Count} words."));

        await LoadRun.Run(client, words, settings.Limit, settings.Concurrency, TimeSpan.FromSeconds(settings.Warmup), cancellationToken);
        var result = await LoadRun.Run(client, words, settings.Limit, settings.Concurrency, TimeSpan.FromSeconds(settings.Seconds), cancellationToken);
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }

        var report = LoadReport.Markdown(result, settings, baseUrl);
        AnsiConsole.WriteLine(report);
        if (settings.Report is { } path)
        {
            await File.WriteAllTextAsync(path, report, cancellationToken);
            AnsiConsole.MarkupLine(Markup.Escape("Report written to " + Path.GetFullPath(path)));
        }

        return result.Failed == 0 ? 0 : 2;
    }

    // The generator's counted subjects and sources: words the claims of a generated store are found by.
    private static List<string> Words() =>
        [.. CorpusTopics.Stories.OrderBy(s => s.Rank).SelectMany(s => new[] { s.Subjects[0].Noun, s.Sources.First(x => !x.StartsWith('!')) })
            .Distinct(StringComparer.Ordinal)];
}
