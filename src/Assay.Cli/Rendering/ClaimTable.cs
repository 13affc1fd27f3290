using Assay.Cli.Commands;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>The claims table: one row per claim with its date, outlet, attribution, stance, certainty, event,
/// quantity and evidence.</summary>
internal static class ClaimTable
{
    /// <summary>Evidence is cut to this many characters; <c>assay show</c> has the full text.</summary>
    public const int EvidenceWidth = 80;

    /// <summary>Builds the table.</summary>
    public static Table Build(IReadOnlyList<StoredClaim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var table = new Table().Border(TableBorder.Rounded);
        // Short fixed-vocabulary columns never wrap, leaving the width to the evidence.
        table.AddColumn(new TableColumn("date").NoWrap());
        table.AddColumn(new TableColumn("outlet").Width(12));
        table.AddColumn(new TableColumn("source (via)").Width(20));
        table.AddColumn(new TableColumn("stance, certainty").NoWrap());
        table.AddColumn(new TableColumn("event").NoWrap());
        table.AddColumn(new TableColumn("quantity").Width(18));
        table.AddColumn(new TableColumn("evidence"));
        foreach (var sc in claims)
        {
            var c = sc.Claim;
            table.AddRow(
                Markup.Escape(Formats.Date(sc.Published)),
                Markup.Escape(sc.Outlet ?? string.Empty),
                Markup.Escape(Formats.SourceWithVia(c.Source, c.Via)),
                StanceMarkup(c.Stance) + "\n[grey]" + Markup.Escape(CertaintyWords.WithNumber(c.Certainty)) + "[/]",
                Markup.Escape(EnumNames.Of(c.Event)),
                Markup.Escape(Formats.Quantity(sc.Quantity)),
                Markup.Escape(Formats.Truncate(c.Text, EvidenceWidth)));
        }

        return table;
    }

    /// <summary>The stance word, red for denials and refutations so they are not missed.</summary>
    public static string StanceMarkup(Core.Claims.Stance stance)
    {
        var word = EnumNames.Of(stance);
        return stance is Core.Claims.Stance.Denied or Core.Claims.Stance.Refuted ? $"[red]{word}[/]"
            : stance is Core.Claims.Stance.Speculated ? $"[grey]{word}[/]"
            : word;
    }
}
