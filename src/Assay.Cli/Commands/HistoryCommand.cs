using System.Globalization;
using System.Text;
using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay history</c>: the analyst's decisions in the order they were made.</summary>
internal sealed class HistoryCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<HistorySettings>
{
    public override int Execute(CommandContext context, HistorySettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var decisions = store.Decisions(includeUndone: settings.All);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(Json(decisions));
            return ExitCodes.Ok;
        }

        if (decisions.Count == 0)
        {
            console.MarkupLine("[dim]No decisions recorded yet.[/]");
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("made");
        table.AddColumn("decision");
        table.AddColumn("note");
        table.AddColumn("undone");
        foreach (var d in decisions)
        {
            table.AddRow(
                d.Id.ToString(CultureInfo.InvariantCulture),
                Time(d.MadeAt),
                Markup.Escape($"{d.Kind} {d.Subject}{(d.Other is null ? "" : " " + d.Other)}{(d.Value is null ? "" : " = " + d.Value)}"),
                Markup.Escape(d.Note ?? ""),
                d.UndoneAt is { } at ? Markup.Escape(Time(at) + (d.UndoNote is null ? "" : ": " + d.UndoNote)) : "");
        }

        console.Write(table);
        return ExitCodes.Ok;
    }

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Json(IReadOnlyList<StoredDecision> decisions)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ExtractionJsonWriter.Options))
        {
            w.WriteStartArray();
            foreach (var d in decisions)
            {
                w.WriteStartObject();
                w.WriteNumber("id", d.Id);
                w.WriteString("kind", d.Kind);
                w.WriteString("subject", d.Subject);
                w.WriteString("other", d.Other);
                w.WriteString("value", d.Value);
                w.WriteString("note", d.Note);
                w.WriteString("made_at", d.MadeAt);
                if (d.UndoneAt is { } at)
                {
                    w.WriteString("undone_at", at);
                }
                else
                {
                    w.WriteNull("undone_at");
                }

                w.WriteString("undo_note", d.UndoNote);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
