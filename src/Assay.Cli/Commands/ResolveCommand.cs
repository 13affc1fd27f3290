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

        // The anchor is a claim, not the proposition id: ids follow grouping, which later merges and splits change.
        var anchor = Anchor(proposition);
        var outcome = settings.Outcome.Trim().ToLowerInvariant();
        var value = settings.Value?.ToString("R", CultureInfo.InvariantCulture);
        var decision = store.Record(new DecisionDraft(JudgmentLoader.Resolve, anchor.ToString(), value, outcome, settings.Note));
        var truth = value is null ? "" : $" at {settings.Value!.Value.ToString("#,0.##", CultureInfo.InvariantCulture)}";
        console.MarkupLine(Markup.Escape(
            $"Resolved {proposition.Id} ({proposition.Label}) as {outcome}{truth}, decision #{decision.Id}; undo with 'assay undo {decision.Id}'"));
        return ExitCodes.Ok;
    }

    /// <summary>The claim the proposition's id is made from, its earliest.</summary>
    internal static ClaimRef Anchor(Proposition proposition) =>
        proposition.Claims.Select(c => c.Claim.Ref).FirstOrDefault(r => "p" + r.ToString().Replace('/', '.') == proposition.Id, proposition.Claims[0].Claim.Ref);
}
