using System.Globalization;
using Assay.Cli.Infrastructure;
using Assay.Web;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay serve</c>: the web workbench and the REST API over the store, until Ctrl+C.</summary>
internal sealed class ServeCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        // Open once first: a missing or unreadable store is one clear line here, not an error page later.
        using (var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors))
        {
            if (store is null)
            {
                return ExitCodes.Error;
            }

            if (store.Stats().Articles == 0)
            {
                console.MarkupLine(Markup.Escape($"{settings.DbPath} holds no article yet: upload or paste some on the Articles page, ingest with 'assay ingest FOLDER --db {settings.DbPath}', or serve the samples: 'assay demo' then 'assay serve --db .tmp/demo.db'."));
            }
        }

        var urls = settings.Urls ?? WebApp.DefaultUrl;
        var app = WebApp.Create(
        [
            "--urls=" + urls,
            "--Assay:Db=" + settings.DbPath,
            "--Assay:Embeddings=" + settings.Embeddings.ToString(CultureInfo.InvariantCulture),
        ]);
        console.MarkupLine(Markup.Escape($"Assay is serving {settings.DbPath} at {urls} (Ctrl+C stops it)."));
        app.StartAsync(cancellationToken).GetAwaiter().GetResult();
        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
