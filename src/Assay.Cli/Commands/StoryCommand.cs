using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Cli.Story;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay story</c>: the propositions, strongest first, with independent origins against mentions, and the
/// contradictions beside them.</summary>
internal sealed class StoryCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<StorySettings>
{
    public override int Execute(CommandContext context, StorySettings settings, CancellationToken cancellationToken)
    {
        if (settings.Limit < 0)
        {
            errors.Error("--limit must be 0 (all) or more");
            return ExitCodes.Error;
        }

        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var picture = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, settings.NoEmbeddings));
        var view = StoryView.Select(picture, settings.Subject, settings.Limit);
        var credibility = PropositionCredibility.Load(store, picture);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(StoryJsonWriter.Story(picture, view, credibility));
            return ExitCodes.Ok;
        }

        StoryView.Render(console, picture, view, credibility);
        return ExitCodes.Ok;
    }
}
