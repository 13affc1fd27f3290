using Assay.Analysis.Story;
using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay merge A B</c>: the analyst says two propositions state the same thing. Recorded, reversible.</summary>
internal sealed class MergeCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<MergeSettings>
{
    public override int Execute(CommandContext context, MergeSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var picture = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, settings.NoEmbeddings));
        if (ClaimResolver.Resolve(picture, settings.First, errors) is not { } first
            || ClaimResolver.Resolve(picture, settings.Second, errors) is not { } second)
        {
            return ExitCodes.Error;
        }

        if (picture.Find(first.ToString())?.Id is { } a && a == picture.Find(second.ToString())?.Id)
        {
            errors.Error($"{settings.First} and {settings.Second} are already one proposition ({a})");
            return ExitCodes.Error;
        }

        var decision = AnalystDecisions.Merge(store, first, second, settings.Note);
        console.MarkupLine(Markup.Escape($"Merged {settings.First} and {settings.Second} (decision #{decision.Id}); undo with 'assay undo {decision.Id}'."));
        return ExitCodes.Ok;
    }
}
