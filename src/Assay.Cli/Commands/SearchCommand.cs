using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay search QUERY</c>: articles whose text matches, best first, with a snippet.</summary>
internal sealed class SearchCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<SearchSettings>
{
    public override int Execute(CommandContext context, SearchSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var hits = store.Search(settings.Query, settings.Limit);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(ListingJsonWriter.SearchHits(hits));
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("id").RightAligned());
        table.AddColumn("title");
        table.AddColumn("snippet");
        foreach (var hit in hits)
        {
            table.AddRow(
                hit.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(hit.Title ?? "(untitled)"),
                Markup.Escape(Formats.Truncate(hit.Snippet, 120)));
        }

        console.Write(table);
        return ExitCodes.Ok;
    }
}
