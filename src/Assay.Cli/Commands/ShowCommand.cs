using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay show ARTICLE</c>: the article text with every extracted span highlighted, then its claims.</summary>
internal sealed class ShowCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<ShowSettings>
{
    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var found = store.FindArticle(settings.Article);
        var extraction = found is null ? null : store.LoadExtraction(found.Id);
        if (found is null || extraction is null)
        {
            errors.Error($"no article matches '{settings.Article}' (use an id, a hash prefix of 6+ characters, or the URL)");
            return ExitCodes.Error;
        }

        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(ExtractionJsonWriter.ToJson([extraction]));
            return ExitCodes.Ok;
        }

        console.Write(ExtractionView.Header(extraction.Article));
        console.MarkupLine($"[grey]id {found.Id} · {Markup.Escape(found.ContentHash[..Math.Min(12, found.ContentHash.Length)])} · {found.WordCount} words[/]");
        console.WriteLine();
        console.Write(new Panel(new Markup(ArticleHighlighter.ToMarkup(extraction))).Border(BoxBorder.None).Padding(0, 0));
        console.WriteLine();
        console.MarkupLine(ArticleHighlighter.Legend);
        console.WriteLine();
        var claims = extraction.Claims
            .Select(c => new Storage.StoredClaim(
                found.Id, found.Title, found.Outlet, found.Published, c,
                c.QuantityIndex is { } q && q >= 0 && q < extraction.Quantities.Count ? extraction.Quantities[q] : null,
                c.TimeIndex is { } t && t >= 0 && t < extraction.Times.Count ? extraction.Times[t] : null))
            .ToList();
        console.Write(ClaimTable.Build(claims));
        return ExitCodes.Ok;
    }
}
