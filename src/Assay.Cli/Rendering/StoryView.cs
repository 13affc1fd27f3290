using System.Globalization;
using Assay.Analysis.Story;
using Assay.Cli.Commands;
using Assay.Cli.Story;
using Assay.Workspace;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>The story as tables: propositions with origins against mentions, contradictions side by side, merges to
/// confirm, and articles that copy others.</summary>
internal static class StoryView
{
    /// <summary>Propositions to show: those whose subject contains <paramref name="subject"/>, strongest first, at most
    /// <paramref name="limit"/> (0 for all).</summary>
    public static List<Proposition> Select(StoryPicture picture, string? subject, int limit)
    {
        ArgumentNullException.ThrowIfNull(picture);
        IEnumerable<Proposition> selected = picture.Propositions;
        if (!string.IsNullOrWhiteSpace(subject))
        {
            selected = selected.Where(p => Matches(p, subject));
        }

        return limit > 0 ? [.. selected.Take(limit)] : [.. selected];
    }

    /// <summary>True when the proposition's subject, key or label contains the text, ignoring case.</summary>
    public static bool Matches(Proposition proposition, string subject)
    {
        ArgumentNullException.ThrowIfNull(proposition);
        return proposition.Subject.Describe().Contains(subject, StringComparison.OrdinalIgnoreCase)
               || proposition.Subject.Key.Contains(subject, StringComparison.OrdinalIgnoreCase)
               || proposition.Label.Contains(subject, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Writes the tables.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="picture">The story picture.</param>
    /// <param name="view">The propositions to list.</param>
    /// <param name="credibility">The analyst's grades and resolutions, for each proposition's Admiralty code; none when null.</param>
    public static void Render(IAnsiConsole console, StoryPicture picture, IReadOnlyList<Proposition> view, PropositionCredibility? credibility = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(view);
        console.Write(new Rule("[bold]Propositions[/] (strongest first: independent origins, then effective sources, then mentions)").LeftJustified());
        console.Write(Propositions(view, credibility));
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"{picture.ClaimCount} claims → {picture.Propositions.Count} propositions; showing {view.Count}. {picture.Ungrouped} claims have neither figure nor subject to group by (listed by assay claims).")));
        console.MarkupLine("[dim]origins: independent voices after following every credit and copy; mentions: claims, repeats included; n_eff: effective independent sources"
                           + (credibility is null ? "." : "; code: the best origin's Admiralty grade (assay grade) and the suggested credibility 1–6 (assay proposition ID says why).") + "[/]");

        var shown = view.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var contradictions = picture.Contradictions.Where(c => shown.Contains(c.PropositionId) || shown.Contains(c.OtherPropositionId)).ToList();
        console.WriteLine();
        console.Write(new Rule($"[bold]Contradictions[/] ({contradictions.Count})").LeftJustified());
        if (contradictions.Count == 0)
        {
            console.MarkupLine("[dim]none among these propositions[/]");
        }
        else
        {
            console.Write(Contradictions(contradictions, picture));
        }

        if (picture.Suggestions.Count > 0)
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]Suggested merges[/] ({picture.Suggestions.Count}; confirm with 'assay merge A B')").LeftJustified());
            console.Write(Suggestions(picture));
        }

        if (picture.Derived.Count > 0)
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]Likely copies[/] ({picture.Derived.Count}; counted with the article they copy)").LeftJustified());
            var copies = new Table().Border(TableBorder.Rounded).AddColumn("article").AddColumn("copies").AddColumn("why");
            foreach (var link in picture.Derived)
            {
                copies.AddRow(link.ArticleId.ToString(CultureInfo.InvariantCulture), link.FromArticleId.ToString(CultureInfo.InvariantCulture), Markup.Escape(link.Reason));
            }

            console.Write(copies);
        }
    }

    private static Table Propositions(IReadOnlyList<Proposition> view, PropositionCredibility? credibility)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("id");
        if (credibility is not null)
        {
            table.AddColumn("code");
        }

        table.AddColumn("proposition");
        table.AddColumn(new TableColumn("origins").RightAligned());
        table.AddColumn(new TableColumn("n_eff").RightAligned());
        table.AddColumn(new TableColumn("mentions").RightAligned());
        table.AddColumn(new TableColumn("outlets").RightAligned());
        table.AddColumn("seen");
        table.AddColumn("marks");
        foreach (var p in view)
        {
            List<string> cells = [Markup.Escape(p.Id)];
            if (credibility is not null)
            {
                cells.Add(credibility.Code(p));
            }

            cells.AddRange(
                Markup.Escape(Formats.Truncate(p.Label, 70)) + "\n[dim]" + Markup.Escape(OriginNames(p)) + "[/]",
                p.Origins.Count.ToString(CultureInfo.InvariantCulture),
                p.EffectiveSources.ToString("0.0", CultureInfo.InvariantCulture),
                p.Mentions.ToString(CultureInfo.InvariantCulture),
                p.Outlets.ToString(CultureInfo.InvariantCulture),
                Seen(p),
                Marks(p));
            table.AddRow([.. cells]);
        }

        return table;
    }

    private static Table Contradictions(IReadOnlyList<ClaimContradiction> contradictions, StoryPicture picture)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("kind");
        table.AddColumn("one side");
        table.AddColumn("the other");
        table.AddColumn("why");
        foreach (var c in contradictions)
        {
            table.AddRow(
                c.Kind == ContradictionKind.Stance ? "stance" : "figures",
                Side(picture, c.PropositionId, c.Claim),
                Side(picture, c.OtherPropositionId, c.OtherClaim),
                Markup.Escape(Formats.Truncate(c.Reason, 60)));
        }

        return table;
    }

    private static Table Suggestions(StoryPicture picture)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("one");
        table.AddColumn("other");
        table.AddColumn(new TableColumn("similarity").RightAligned());
        foreach (var s in picture.Suggestions)
        {
            table.AddRow(
                Side(picture, s.PropositionId, s.Claim),
                Side(picture, s.OtherPropositionId, s.OtherClaim),
                s.Similarity.ToString("0.00", CultureInfo.InvariantCulture));
        }

        return table;
    }

    /// <summary>"p6.c4 · 6/c4 NIS, 2024-10-18: ~1,500 …" for one side of a pair.</summary>
    internal static string Side(StoryPicture picture, string propositionId, ClaimRef claim)
    {
        var member = picture.Find(propositionId)?.Claims.FirstOrDefault(c => c.Claim.Ref == claim);
        if (member is null)
        {
            return Markup.Escape($"{propositionId} · {claim}");
        }

        var c = member.Claim;
        var figure = c.Quantity is { } q ? Formats.Bounds(q) + " " : "";
        return Markup.Escape($"{propositionId} · {claim} · {Formats.Date(member.AsOf)}") + "\n"
               + Markup.Escape($"{c.Claim.Source} ({EnumNames.Of(c.Claim.Stance)}), {c.Outlet ?? "?"}: {figure}") + "\n[dim]"
               + Markup.Escape(Formats.Truncate(c.Claim.Text, 90)) + "[/]";
    }

    private static string OriginNames(Proposition p)
    {
        var names = string.Join(", ", p.Origins.Select(o => o.Name).Take(4));
        return p.Origins.Count > 4 ? names + ", …" : names.Length == 0 ? "no supporting origin" : names;
    }

    private static string Seen(Proposition p) =>
        p.FirstSeen == p.LastSeen ? Formats.Date(p.FirstSeen) : Formats.Date(p.FirstSeen) + "\n" + Formats.Date(p.LastSeen);

    /// <summary>Marks in words with colour: refuted, rests on refuted, contested, single origin.</summary>
    internal static string Marks(Proposition p)
    {
        var marks = new List<string>();
        if (p.Refuted)
        {
            marks.Add("[red]refuted[/]");
        }

        if (p.RestsOnRefuted)
        {
            marks.Add("[red]rests on refuted[/]");
        }

        if (p.Contested)
        {
            marks.Add("[yellow]contested[/]");
        }

        if (p.Origins.Count == 1 && p.Mentions > 1)
        {
            marks.Add("[dim]one origin[/]");
        }

        return string.Join("\n", marks);
    }
}
