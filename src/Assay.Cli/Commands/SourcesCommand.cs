using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Cli.Story;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay sources</c>: every origin claims resolve to, with the analyst's grade, the reliability learnt from
/// resolved propositions, and how often, where and when it was cited.</summary>
internal sealed class SourcesCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<SourcesSettings>
{
    public override int Execute(CommandContext context, SourcesSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var picture = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, settings.NoEmbeddings));
        var rows = SourceRow.Build(picture, JudgmentLoader.Records(store, picture), store.Sources());
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(ListingJsonWriter.Sources(rows));
        }
        else
        {
            console.Write(SourceTable.Build(rows));
            console.MarkupLine("[dim]grade: the analyst's Admiralty letter ('assay grade'): " + Markup.Escape(SourceTable.GradeKey()) + ".[/]");
            console.MarkupLine("[dim]reliability: learnt from 'assay resolve' decisions, starting from the grade (ungraded: F, 0.5); mean ± SD. "
                               + "interval: mean interval score of its figures against resolved values, relative to the value (lower is better). See docs/sources.md.[/]");
        }

        return ExitCodes.Ok;
    }
}
