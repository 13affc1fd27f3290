using System.Text;
using System.Text.Json;
using Assay.Workspace;
using CsvHelper;

namespace Assay.Interop.Tables;

/// <summary>The claims, propositions and estimates as documented tables, in CSV or JSON Lines (docs/exports.md).</summary>
public static class TableExporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the table <paramref name="kind"/> of <paramref name="snapshot"/> to <paramref name="output"/>:
    /// CSV with a header row, or JSON Lines with one object per row; UTF-8 without BOM either way.</summary>
    public static void Write(InteropSnapshot snapshot, TableKind kind, TableFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var columns = Columns(kind);
        var rows = kind switch
        {
            TableKind.Claims => ClaimTable.Rows(snapshot),
            TableKind.Propositions => PropositionTable.Rows(snapshot),
            TableKind.Estimates => EstimateTable.Rows(snapshot),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        switch (format)
        {
            case TableFormat.Csv:
                WriteCsv(columns, rows, output);
                break;
            case TableFormat.JsonLines:
                WriteJsonLines(columns, rows, output);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    /// <summary>The columns of a table in order, with one-line descriptions (the docs and `--help` print them).</summary>
    public static IReadOnlyList<TableColumn> Columns(TableKind kind) => kind switch
    {
        TableKind.Claims => ClaimTable.Columns,
        TableKind.Propositions => PropositionTable.Columns,
        TableKind.Estimates => EstimateTable.Columns,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static void WriteCsv(IReadOnlyList<TableColumn> columns, IEnumerable<object?[]> rows, Stream output)
    {
        using var text = new StreamWriter(output, Utf8, leaveOpen: true);
        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader([.. columns.Select(c => c.Name)]);
        foreach (var row in rows)
        {
            csv.WriteRecord([.. row.Select(TableCells.Csv)]);
        }

        csv.Flush();
        text.Flush();
    }

    private static void WriteJsonLines(IReadOnlyList<TableColumn> columns, IEnumerable<object?[]> rows, Stream output)
    {
        var options = JsonOutput.ExportOptions with { Indented = false };
        var newline = "\n"u8.ToArray();
        foreach (var row in rows)
        {
            using (var json = new Utf8JsonWriter(output, options))
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    json.WritePropertyName(columns[i].Name);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            output.Write(newline);
        }

        output.Flush();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"No JSON form for {value.GetType().Name}.", nameof(value));
        }
    }
}
