using System.Globalization;
using System.Text;
using Assay.Cli.Infrastructure;
using Assay.Interop;
using Assay.Interop.ClaimReview;
using Assay.Interop.Misp;
using Assay.Interop.Stix;
using Assay.Interop.Tables;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay export --format stix|misp|claimreview|csv|jsonl</c>: the picture handed to the tools analysts already
/// run, whole or for one subject or window.</summary>
internal sealed class ExportCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var scope = settings.Subject is null && settings.SinceDate is null
            ? null
            : new ClaimQuery { Subject = settings.Subject, Since = settings.SinceDate };
        if (scope is null && store.CountArticles(new ArticleQuery()) is var count && count > settings.MaxArticles)
        {
            errors.Error(string.Create(
                CultureInfo.InvariantCulture,
                $"the store holds {count:N0} articles, more than --max-articles ({settings.MaxArticles:N0}): an export is built in memory (a STIX bundle takes about 0.65 MB per article); export a subject or a window with --subject or --since, or raise --max-articles"));
            return ExitCodes.Error;
        }

        var snapshot = InteropSnapshot.Load(store, StoryOptionsFactory.Create(embedders, settings.NoEmbeddings), scope, settings.CreatedTime);

        try
        {
            if (settings.Out is { } path)
            {
                var full = Path.GetFullPath(path);
                if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
                {
                    Directory.CreateDirectory(folder);
                }

                using (var file = File.Create(full))
                {
                    Write(snapshot, settings, file);
                }

                console.Profile.Out.Writer.WriteLine(full);
            }
            else
            {
                using var buffer = new MemoryStream();
                Write(snapshot, settings, buffer);
                console.Profile.Out.Writer.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors.Error($"--out {settings.Out}: cannot write the export there ({e.Message})");
            return ExitCodes.Error;
        }

        return ExitCodes.Ok;
    }

    private static void Write(InteropSnapshot snapshot, ExportSettings settings, Stream output)
    {
        switch (settings.FormatName)
        {
            case "stix":
                StixExporter.Write(snapshot, output);
                break;
            case "misp":
                MispExporter.Write(snapshot, output);
                break;
            case "claimreview":
                ClaimReviewExporter.Write(snapshot, output);
                break;
            default:
                var kind = settings.TableName switch
                {
                    "propositions" => TableKind.Propositions,
                    "estimates" => TableKind.Estimates,
                    _ => TableKind.Claims,
                };
                TableExporter.Write(snapshot, kind, settings.FormatName == "csv" ? TableFormat.Csv : TableFormat.JsonLines, output);
                break;
        }
    }
}
