using Assay.Cli.Commands;
using Assay.Core.Claims;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Assay.Cli.Rendering;

/// <summary>A readable rendering of one extraction: article header, then tables of mentions, quantities, times and
/// claims.</summary>
internal static class ExtractionView
{
    /// <summary>Builds the renderables in display order.</summary>
    public static IEnumerable<IRenderable> Build(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        yield return Header(extraction.Article);

        var mentions = NewTable("mentions", "text", "actor", "span");
        foreach (var m in extraction.Mentions)
        {
            mentions.AddRow(Markup.Escape(m.Text), Markup.Escape(m.ActorId), Markup.Escape(m.Span.ToString()));
        }

        yield return mentions;

        var quantities = NewTable("quantities", "#", "text", "bounds", "qualifier", "counted", "scope");
        for (var i = 0; i < extraction.Quantities.Count; i++)
        {
            var q = extraction.Quantities[i];
            quantities.AddRow(
                i.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(q.Text), Markup.Escape(Formats.Bounds(q)),
                EnumNames.Of(q.Qualifier), Markup.Escape(q.Counted ?? string.Empty), Markup.Escape(q.Scope ?? string.Empty));
        }

        yield return quantities;

        var times = NewTable("times", "text", "value", "relation");
        foreach (var t in extraction.Times)
        {
            times.AddRow(Markup.Escape(t.Text), Markup.Escape(t.Value), EnumNames.Of(t.Relation));
        }

        yield return times;

        var claims = NewTable("claims", "id", "source (via)", "stance", "certainty", "event", "quantity", "time", "evidence");
        foreach (var c in extraction.Claims)
        {
            var q = c.QuantityIndex is { } qi && qi >= 0 && qi < extraction.Quantities.Count ? extraction.Quantities[qi] : null;
            var t = c.TimeIndex is { } ti && ti >= 0 && ti < extraction.Times.Count ? extraction.Times[ti].Value : string.Empty;
            claims.AddRow(
                Markup.Escape(c.Id), Markup.Escape(Formats.SourceWithVia(c.Source, c.Via)), ClaimTable.StanceMarkup(c.Stance),
                Markup.Escape(CertaintyWords.WithNumber(c.Certainty)), EnumNames.Of(c.Event), Markup.Escape(Formats.Quantity(q)),
                Markup.Escape(t), Markup.Escape(Formats.Truncate(c.Text, ClaimTable.EvidenceWidth)));
        }

        yield return claims;
    }

    /// <summary>Title in bold, then outlet, date, kind and URL on one grey line.</summary>
    public static IRenderable Header(Core.Articles.Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var facts = new[] { article.Outlet, Formats.Date(article.Published), EnumNames.Of(article.Kind), article.Url }
            .Where(s => !string.IsNullOrWhiteSpace(s));
        return new Rows(
            new Markup($"[bold]{Markup.Escape(article.Title ?? "(untitled)")}[/]"),
            new Markup($"[grey]{Markup.Escape(string.Join(" · ", facts))}[/]"));
    }

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(title);
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        return table;
    }
}
