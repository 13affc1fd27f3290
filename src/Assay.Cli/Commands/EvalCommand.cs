using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Extraction.Evaluation;
using Assay.Extraction.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay eval GOLD_DIR</c>: scores the extraction against a gold corpus, field by field.</summary>
/// <remarks>Exit 0 when every target is met, 3 when one is missed, 1 on bad input (missing folder, malformed gold
/// file, unreadable article: each reported on stderr, the rest still scored).</remarks>
internal sealed class EvalCommand(IAnsiConsole console, ErrorConsole errors, FileReader reader, ExtractionPipeline pipeline)
    : Command<EvalSettings>
{
    /// <summary>The evaluation ran but at least one target was missed.</summary>
    public const int TargetMissed = 3;

    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var corpus = GoldCorpus.Load(settings.GoldDir);
        var evaluation = CorpusEvaluator.Evaluate(corpus, path => reader(path), pipeline);
        foreach (var problem in evaluation.Problems)
        {
            errors.Error(problem.Message);
        }

        if (evaluation.Total.Articles == 0)
        {
            errors.Error($"{settings.GoldDir}: no gold file could be scored");
            return ExitCodes.Error;
        }

        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(EvalJsonWriter.ToJson(evaluation));
        }
        else
        {
            EvalReport.Write(console, evaluation, settings.ListedFindings);
        }

        return evaluation.Problems.Count > 0 ? ExitCodes.Error
            : evaluation.TargetsMet ? ExitCodes.Ok
            : TargetMissed;
    }
}
