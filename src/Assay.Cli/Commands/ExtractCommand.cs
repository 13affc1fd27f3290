using Assay.Cli.Infrastructure;
using Assay.Cli.Ingestion;
using Assay.Cli.Rendering;
using Assay.Core.Claims;
using Assay.Extraction.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay extract FILE</c>: extract without storing and print the result, as tables or as JSON.</summary>
internal sealed class ExtractCommand(IAnsiConsole console, ErrorConsole errors, FileReader reader, ExtractionPipeline pipeline)
    : Command<ExtractSettings>
{
    public override int Execute(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        var extractions = new List<ArticleExtraction>();
        var skipped = 0;
        foreach (var result in reader(settings.File))
        {
            if (result.Article is not { } article)
            {
                errors.Error(SkippedInput.FromFailedRead(result).ToString());
                skipped++;
                continue;
            }

            try
            {
                extractions.Add(pipeline.Extract(article));
            }
#pragma warning disable CA1031 // One failing article is reported; the others are still printed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                errors.Error(ex, $"{result.Location}: extraction failed");
                skipped++;
            }
        }

        if (extractions.Count == 0)
        {
            return ExitCodes.Error;
        }

        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(ExtractionJsonWriter.ToJson(extractions));
        }
        else
        {
            foreach (var extraction in extractions)
            {
                foreach (var part in ExtractionView.Build(extraction))
                {
                    console.Write(part);
                }

                console.WriteLine();
            }
        }

        return skipped == 0 ? ExitCodes.Ok : ExitCodes.Skipped;
    }
}
