using System.Text.Json.Nodes;
using Assay.Interop.Tables;
using Assay.Interop.Tests.Golden;
using Assay.Workspace;
using CsvHelper;

namespace Assay.Interop.Tests.Tables;

public sealed class TableExporterTests(JudgedSamples judged) : IClassFixture<JudgedSamples>
{
    public static TheoryData<TableKind> Kinds => [TableKind.Claims, TableKind.Propositions, TableKind.Estimates];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_AnyKind_HeaderAndKeysInColumnOrder(TableKind kind)
    {
        // Given the columns a table documents
        var names = TableExporter.Columns(kind).Select(c => c.Name).ToList();

        // When the table is written in both formats
        var (header, _) = ReadCsv(Export(kind, TableFormat.Csv));
        var lines = JsonLines(Export(kind, TableFormat.JsonLines));

        // Then the CSV header and every JSON Lines object's keys are those columns, in that order
        Assert.Equal(names, header);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(names, line.Select(p => p.Key)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_AnyKind_CsvParsesBackWithTheRowsOfJsonLines(TableKind kind)
    {
        // Given the judged samples
        var expected = kind switch
        {
            TableKind.Claims => judged.Snapshot.Articles.Sum(a => a.Extraction.Claims.Count),
            TableKind.Propositions => judged.Snapshot.Picture.Propositions.Count,
            _ => judged.Snapshot.Series.Sum(s => s.Points.Count),
        };

        // When the table is written as CSV and as JSON Lines
        var (header, rows) = ReadCsv(Export(kind, TableFormat.Csv));
        var lines = JsonLines(Export(kind, TableFormat.JsonLines));

        // Then both hold one row per item, every CSV row as wide as the header
        Assert.Equal(expected, rows.Count);
        Assert.Equal(expected, lines.Count);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Length));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_Twice_SameBytes(TableKind kind)
    {
        // Given one snapshot
        // When a table is written twice in each format
        // Then the bytes are the same
        Assert.Equal(Export(kind, TableFormat.Csv), Export(kind, TableFormat.Csv));
        Assert.Equal(Export(kind, TableFormat.JsonLines), Export(kind, TableFormat.JsonLines));
    }

    [Fact]
    public void Columns_Claims_StartWithTheClaimCsvHeader()
    {
        // Given the claim CSV every front end writes
        // When the claims table's columns are listed
        var names = TableExporter.Columns(TableKind.Claims).Select(c => c.Name).ToList();

        // Then they begin with its header, unchanged, and add the picture's columns after it
        Assert.Equal(ClaimCsv.Header, names.Take(ClaimCsv.Header.Count));
        Assert.Equal(["proposition_id", "role", "origin_id", "origin"], names.Skip(ClaimCsv.Header.Count));
        Assert.All(TableExporter.Columns(TableKind.Claims), c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
    }

    [Fact]
    public void Write_EstimateRange_KeepsLowAndHighInBothFormats()
    {
        // Given a series point stated as a range
        var point = judged.Snapshot.Series.SelectMany(s => s.Points)
            .First(p => p.Point.Low is { } l && p.Point.High is { } h && l < h).Point;

        // When the estimates are written
        var lines = JsonLines(Export(TableKind.Estimates, TableFormat.JsonLines));
        var (header, rows) = ReadCsv(Export(TableKind.Estimates, TableFormat.Csv));

        // Then its row keeps both bounds apart, as numbers in JSON Lines and as cells in CSV
        var line = lines.First(l => (string)l["origin_id"]! == point.OriginId && (double?)l["low"] == point.Low && (double?)l["high"] == point.High);
        Assert.True((double)line["low"]! < (double)line["high"]!);
        var low = header.IndexOf("low");
        var high = header.IndexOf("high");
        Assert.Contains(rows, r => r[low] == point.Low!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
                                   && r[high] == point.High!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_FormulaInText_GuardedInCsvOnly()
    {
        // Given a proposition whose statement a spreadsheet would run as a formula
        var picture = judged.Snapshot.Picture;
        var hostile = picture.Propositions[0] with { Statement = "=HYPERLINK(\"http://example.invalid\")" };
        var snapshot = judged.Snapshot with { Picture = picture with { Propositions = [hostile, .. picture.Propositions.Skip(1)] } };

        // When the propositions are written
        var (header, rows) = ReadCsv(Export(snapshot, TableKind.Propositions, TableFormat.Csv));
        var lines = JsonLines(Export(snapshot, TableKind.Propositions, TableFormat.JsonLines));

        // Then the CSV cell starts with an apostrophe, and the JSON value is the text as it is
        Assert.Equal("'" + hostile.Statement, rows[0][header.IndexOf("statement")]);
        Assert.Equal(hostile.Statement, (string)lines[0]["statement"]!);
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-5", "-5")]
    [InlineData("North Korea", "North Korea")]
    public void Guard_Cell_ApostropheBeforeFormulaStartsOnly(string cell, string expected)
    {
        // Given a text cell
        // When it is guarded
        // Then formula starts get an apostrophe, numbers and plain text stay
        Assert.Equal(expected, TableCells.Guard(cell));
    }

    [Fact]
    public void Write_Propositions_ResolutionAndCredibilityTyped()
    {
        // Given the proposition confirmed at 11,000
        var confirmed = judged.Snapshot.Picture.Find(JudgedSamples.ConfirmedClaim)!;

        // When the propositions are written as JSON Lines
        var line = JsonLines(Export(TableKind.Propositions, TableFormat.JsonLines)).Single(l => (string)l["id"]! == confirmed.Id);

        // Then its resolution, true figure, credibility and marks are typed values
        Assert.Equal("confirmed", (string)line["resolution"]!);
        Assert.Equal(11000, (double)line["resolved_value"]!);
        Assert.Equal(1, (int)line["credibility"]!);
        Assert.Equal("A", (string)line["reliability"]!);
        Assert.Null(line["likelihood"]);
        Assert.Equal(confirmed.Origins.Count, line["origin_ids"]!.AsArray().Count);
        Assert.Equal(confirmed.Contested, (bool)line["contested"]!);
    }

    private string Export(TableKind kind, TableFormat format) => Export(judged.Snapshot, kind, format);

    private static string Export(InteropSnapshot snapshot, TableKind kind, TableFormat format) =>
        JudgedSamples.Export(s => TableExporter.Write(snapshot, kind, format, s));

    private static List<JsonObject> JsonLines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];

    private static (List<string> Header, List<string[]> Rows) ReadCsv(string text)
    {
        using var csv = CsvReader.FromText(text, CsvReaderOptions.Default);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i))]);
        }

        return ([.. csv.Headers!], rows);
    }
}
