using Assay.Analysis.Story;
using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay split CLAIM</c>: the analyst takes a claim out of the proposition it was grouped into. Recorded, reversible.</summary>
internal sealed class SplitCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<SplitSettings>
{
    public override int Execute(CommandContext context, SplitSettings settings, CancellationToken cancellationToken)
    {
        if (!ClaimRef.TryParse(settings.Claim, out var claim))
        {
            errors.Error($"'{settings.Claim}' is not a claim reference: write ARTICLE/CLAIM, such as 6/c4");
            return ExitCodes.Error;
        }

        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (!store.Claims(new ClaimQuery { ArticleId = claim.Value.ArticleId }).Any(c => c.Claim.Id == claim.Value.ClaimId))
        {
            errors.Error($"no claim {claim} in {StoreFactory.Describe(settings.DbPath)}");
            return ExitCodes.Error;
        }

        var decision = AnalystDecisions.Split(store, claim.Value, settings.Note);
        console.MarkupLine(Markup.Escape($"Split {claim} from its proposition (decision #{decision.Id}); undo with 'assay undo {decision.Id}'."));
        return ExitCodes.Ok;
    }
}
