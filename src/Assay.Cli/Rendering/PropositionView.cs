using System.Globalization;
using Assay.Analysis.Story;
using Assay.Cli.Commands;
using Assay.Cli.Story;
using Assay.Workspace;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>One proposition: what it says, how many independent origins stand behind it, and every claim with its sentence.</summary>
internal static class PropositionView
{
    /// <summary>Writes the proposition.</summary>
    public static void Render(
        IAnsiConsole console, Proposition p, IReadOnlyList<ClaimContradiction> contradictions, StoryPicture picture, PropositionCredibility? credibility = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(contradictions);
        console.Write(new Rule($"[bold]{Markup.Escape(p.Id)}[/] {Markup.Escape(p.Label)}").LeftJustified());
        console.MarkupLine(Markup.Escape(p.Statement));
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{p.Origins.Count} independent origin(s), n_eff {p.EffectiveSources:0.0}, {p.Mentions} mention(s) in {p.Outlets} outlet(s); seen {Formats.Date(p.FirstSeen)} to {Formats.Date(p.LastSeen)}")));
        if (credibility is not null)
        {
            console.MarkupLine(Markup.Escape($"Admiralty code {credibility.Code(p)}: {credibility.Suggest(p).Reason}"));
        }

        if (StoryView.Marks(p) is { Length: > 0 } marks)
        {
            console.MarkupLine(marks.Replace("\n", ", ", StringComparison.Ordinal));
        }

        foreach (var note in p.Notes.Concat(p.Joins))
        {
            console.MarkupLine("[dim]· " + Markup.Escape(note) + "[/]");
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("claim");
        table.AddColumn("as of");
        table.AddColumn("outlet");
        table.AddColumn("source → origin");
        table.AddColumn("stance");
        table.AddColumn("figure");
        table.AddColumn("sentence");
        foreach (var member in p.Claims)
        {
            var c = member.Claim;
            var chain = Formats.SourceWithVia(c.Claim.Source, c.Claim.Via);
            var origin = member.Origin.Name == c.Claim.Source ? "" : "\n→ " + member.Origin.Name;
            if (member.DerivedFrom is { } link)
            {
                origin += $"\n(copies article {link.FromArticleId})";
            }

            table.AddRow(
                Markup.Escape(c.Ref.ToString()),
                Formats.Date(member.AsOf),
                Markup.Escape(c.Outlet ?? ""),
                Markup.Escape(chain + origin),
                (member.Role == ClaimRole.Contradicts ? "[red]" : "") + Markup.Escape(EnumNames.Of(c.Claim.Stance)) + (member.Role == ClaimRole.Contradicts ? "[/]" : ""),
                Markup.Escape(Formats.Quantity(c.Quantity)),
                Markup.Escape(c.Claim.Text));
        }

        console.Write(table);
        if (contradictions.Count > 0)
        {
            console.Write(new Rule($"[bold]Contradictions[/] ({contradictions.Count})").LeftJustified());
            foreach (var c in contradictions)
            {
                var other = c.PropositionId == p.Id ? (c.OtherPropositionId, c.OtherClaim) : (c.PropositionId, c.Claim);
                console.MarkupLine($"[yellow]{(c.Kind == ContradictionKind.Stance ? "stance" : "figures")}[/] {Markup.Escape(c.Reason)}");
                console.MarkupLine("  " + StoryView.Side(picture, other.Item1, other.Item2).Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }
    }
}
