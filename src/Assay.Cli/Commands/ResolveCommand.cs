using System.Globalization;
using Assay.Analysis.Story;
using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay resolve ID confirmed|refuted [--value X]</c>: the analyst records what a proposition turned out to
/// be, and with it the true figure. Origins' track records learn from it; reversible with <c>assay undo</c>.</summary>
internal sealed class ResolveCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<ResolveSettings>
{
    public override int Execute(CommandContext context, ResolveSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var picture = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, settings.NoEmbeddings));
        if (picture.Find(settings.Id) is not { } proposition)
        {
            errors.Error($"no proposition or grouped claim '{settings.Id}': give an id from 'assay story' (\"p6.c4\") or a claim reference (\"6/c4\")");
            return ExitCodes.Error;
        }

        var outcome = JudgmentLoader.ParseOutcome(settings.Outcome)!.Value;
        var decision = AnalystDecisions.Resolve(store, proposition, outcome, settings.Value, settings.Note);
        var truth = settings.Value is { } value ? $" at {FigureText.Number(value)}" : "";
        console.MarkupLine(Markup.Escape(
            $"Resolved {proposition.Id} ({proposition.Label}) as {outcome.ToString().ToLowerInvariant()}{truth}, decision #{decision.Id}; undo with 'assay undo {decision.Id}'"));
        return ExitCodes.Ok;
    }
}
