using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay view series|story SUBJECT</c>: a subject's estimate series or story as JSON, served from the
/// store while nothing has changed since it was built, for dashboards and scripts that ask again and again.</summary>
internal sealed class ViewCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<ViewSettings>
{
    public override int Execute(CommandContext context, ViewSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var options = StoryOptionsFactory.Create(embedders, settings.NoEmbeddings);
        var (json, stored) = settings.Kind == "series"
            ? SubjectViews.Series(store, options, settings.Subject)
            : SubjectViews.Story(store, options, settings.Subject);
        console.Profile.Out.Writer.WriteLine(json);
        errors.Note(stored ? "served from the store: nothing has changed since it was built" : "built and kept in the store until an article or a decision is added");
        return ExitCodes.Ok;
    }
}
