using System.Text;
using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Cli.Ach;
using Assay.Cli.Briefing;
using Assay.Cli.Charts;
using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay brief</c>: key judgments in ICD 203 words with a separate confidence statement, the estimative key,
/// sourcing, estimates with their charts, contradictions, changes, gaps and alternatives; every sentence linked to its
/// claims.</summary>
internal sealed class BriefCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<BriefSettings>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public override int Execute(CommandContext context, BriefSettings settings, CancellationToken cancellationToken)
    {
        if (!BriefSettings.Formats.Contains(settings.FormatName))
        {
            errors.Error($"--format {settings.Format}: use one of {string.Join(", ", BriefSettings.Formats)}");
            return ExitCodes.Error;
        }

        if (!settings.TryGetSince(out var since, out var sinceError))
        {
            errors.Error(sinceError!);
            return ExitCodes.Error;
        }

        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var picture = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, settings.NoEmbeddings));
        var (records, resolutions) = Judgments(store, picture);
        var series = SeriesBuilder.Build(picture, o => records.TryGetValue(o.Id, out var r) && r.Grade is { } g ? g : ReliabilityGrade.F);
        var asOf = picture.Propositions.Select(p => p.LastSeen).Max() ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var alternatives = BriefingAlternativesFactory.Create(AchLoader.Load(store).Select(s => s.Matrix), picture);
        var credibility = PropositionCredibility.Load(store, picture);
        var input = new BriefingInput(picture, series, records, resolutions, alternatives, asOf, since, p => credibility.Suggest(p).Digit,
            BriefingOptions.Default with { Title = string.IsNullOrWhiteSpace(settings.Title) ? BriefingOptions.Default.Title : settings.Title.Trim() });
        var briefing = BriefingBuilder.Build(input);

        try
        {
            if (settings.Out is { } path)
            {
                var full = Path.GetFullPath(path);
                if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllText(full, Render(briefing, settings.FormatName, full), Utf8);
                console.Profile.Out.Writer.WriteLine(full);
            }
            else
            {
                console.Profile.Out.Writer.Write(Render(briefing, settings.FormatName, null));
            }
        }
        catch (BriefingLintException e)
        {
            errors.Error(e.Message);
            return ExitCodes.Error;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors.Error($"--out {settings.Out}: cannot write the briefing there ({e.Message})");
            return ExitCodes.Error;
        }

        return ExitCodes.Ok;
    }

    /// <summary>The briefing in the format; with Markdown to a file, each chart is written beside it and linked.</summary>
    private static string Render(Analysis.Briefing.Briefing briefing, string format, string? file) => format switch
    {
        "html" => HtmlBriefingWriter.Write(briefing),
        "json" => JsonBriefingWriter.Write(briefing),
        _ => MarkdownBriefingWriter.Write(briefing, file is null ? null : series =>
        {
            var name = Path.GetFileNameWithoutExtension(file) + "-" + BriefingAnchors.Slug(series.Key) + ".svg";
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(file)!, name), BriefingSvg.Standalone(series), Utf8);
            return name;
        }),
    };

    /// <summary>The analyst's judgments in force: track records by origin (grades and resolved claims) and resolutions.</summary>
    private static (IReadOnlyDictionary<string, OriginRecord> Records, IReadOnlyList<Resolution> Resolutions) Judgments(IStore store, StoryPicture picture) =>
        (JudgmentLoader.Records(store, picture).ToDictionary(r => r.Origin.Id, StringComparer.Ordinal), JudgmentLoader.Resolutions(store));
}
