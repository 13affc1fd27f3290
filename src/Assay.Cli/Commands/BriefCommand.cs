using System.Text;
using Assay.Analysis.Briefing;
using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Workspace;
using Assay.Workspace.Briefing;
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
        var briefing = BriefingLoader.Build(store, picture, since, settings.Title);

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
}
