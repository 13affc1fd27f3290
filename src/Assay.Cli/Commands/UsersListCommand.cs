using System.Globalization;
using System.Text;
using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay users list</c>: the workbench's users, their roles and how many valid tokens each holds.</summary>
internal sealed class UsersListCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<UsersListSettings>
{
    public override int Execute(CommandContext context, UsersListSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var users = store.Users();
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(Json(users));
            return ExitCodes.Ok;
        }

        if (users.Count == 0)
        {
            console.MarkupLine("[dim]No users yet: add one with 'assay users add NAME --role admin'.[/]");
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("name");
        table.AddColumn("role");
        table.AddColumn("added");
        table.AddColumn(new TableColumn("tokens").RightAligned());
        table.AddColumn("state");
        foreach (var u in users)
        {
            table.AddRow(
                Markup.Escape(u.Name),
                u.Role,
                u.CreatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                u.ActiveTokens.ToString(CultureInfo.InvariantCulture),
                u.Disabled ? "disabled" : "active");
        }

        console.Write(table);
        return ExitCodes.Ok;
    }

    private static string Json(IReadOnlyList<StoredUser> users)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ExtractionJsonWriter.Options))
        {
            w.WriteStartArray();
            foreach (var u in users)
            {
                w.WriteStartObject();
                w.WriteNumber("id", u.Id);
                w.WriteString("name", u.Name);
                w.WriteString("role", u.Role);
                w.WriteString("created_at", u.CreatedAt);
                w.WriteBoolean("disabled", u.Disabled);
                w.WriteNumber("active_tokens", u.ActiveTokens);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
