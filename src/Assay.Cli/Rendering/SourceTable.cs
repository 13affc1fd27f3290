using System.Globalization;
using Assay.Analysis.Estimates;
using Assay.Cli.Commands;
using Assay.Core.Sources;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>Sources as tables: origins with their grade and learned reliability, or the stored sources with their counts.</summary>
internal static class SourceTable
{
    /// <summary>One row per origin: grade, learned reliability (mean ± SD), resolved claims, hits, misses, interval
    /// score, the articles carrying its claims and the latest; outlets and the first date are in the JSON.</summary>
    public static Table Build(IReadOnlyList<SourceRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("origin");
        table.AddColumn("type");
        table.AddColumn(new TableColumn("grade").Centered());
        table.AddColumn(new TableColumn("reliability").RightAligned());
        table.AddColumn(new TableColumn("claims").RightAligned());
        table.AddColumn(new TableColumn("resolved").RightAligned());
        table.AddColumn(new TableColumn("hits").RightAligned());
        table.AddColumn(new TableColumn("misses").RightAligned());
        table.AddColumn(new TableColumn("interval").RightAligned());
        table.AddColumn(new TableColumn("articles").RightAligned());
        table.AddColumn("last");
        foreach (var row in rows)
        {
            var r = row.Record;
            table.AddRow(
                Markup.Escape(row.Name) + (row.Id is null ? "" : "\n[dim]" + Markup.Escape(row.Id) + "[/]"),
                Markup.Escape(EnumNames.Of(row.Type)),
                r.Grade is { } grade ? grade.ToString() : "–",
                Reliability(r.Mean, r.StandardDeviation),
                Count(r.Claims),
                Count(r.Resolved),
                Count(r.Hits),
                Count(r.Misses),
                r.IntervalScore is { } score ? score.ToString("0.00", CultureInfo.InvariantCulture) : "–",
                Count(row.Articles),
                Formats.Date(row.Last));
        }

        return table;
    }

    /// <summary>Stored sources with how many claims, articles and outlets credit them, and when.</summary>
    public static Table Build(IReadOnlyList<SourceSummary> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("source");
        table.AddColumn("type");
        table.AddColumn(new TableColumn("claims").RightAligned());
        table.AddColumn(new TableColumn("articles").RightAligned());
        table.AddColumn(new TableColumn("outlets").RightAligned());
        table.AddColumn("first");
        table.AddColumn("last");
        foreach (var s in sources)
        {
            table.AddRow(
                Markup.Escape(s.Source),
                Markup.Escape(EnumNames.Of(s.Type)),
                Count(s.Claims),
                Count(s.Articles),
                Count(s.Outlets),
                Formats.Date(s.First),
                Formats.Date(s.Last));
        }

        return table;
    }

    /// <summary>The letters and their names, for the note under the table: "A completely reliable, B usually reliable, …".</summary>
    public static string GradeKey() =>
        string.Join(", ", AdmiraltyScale.Reliability.Select(l => $"{l.Code} {l.Name.ToLowerInvariant()}"));

    /// <summary>"0.71 ± 0.12": the posterior mean and standard deviation.</summary>
    public static string Reliability(double mean, double sd) =>
        string.Create(CultureInfo.InvariantCulture, $"{mean:0.00} ± {sd:0.00}");

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
