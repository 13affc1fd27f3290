using Assay.Analysis.Ach;
using Assay.Cli.Ach;
using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Storage;
using Assay.Workspace;
using Assay.Workspace.Ach;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ach add-evidence NAME TEXT</c>: adds a row to a matrix, recorded in the history; an item tied to a
/// proposition takes its origin from the story when the proposition has just one.</summary>
internal sealed class AchAddEvidenceCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<AchAddEvidenceSettings>
{
    public override int Execute(CommandContext context, AchAddEvidenceSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null || AchMatrixLookup.Find(store, settings.Name, errors) is not { } state)
        {
            return ExitCodes.Error;
        }

        var proposition = settings.Proposition?.Trim();
        var origin = settings.Origin?.Trim();
        if (proposition is { Length: > 0 })
        {
            var found = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, noEmbeddings: true)).Find(proposition);
            if (found is null)
            {
                errors.Warning($"proposition {proposition} is not in the store's story; kept as given");
            }
            else
            {
                proposition = found.Id;
                if (origin is null && found.Origins is [var only])
                {
                    origin = only.Id;
                    errors.Note($"origin {origin} taken from {found.Id}");
                }
            }
        }

        var item = new AchEvidence(state.NextEvidenceId, settings.Text.Trim())
        {
            Credibility = settings.CredibilityWeight,
            Relevance = settings.RelevanceWeight,
            Type = string.IsNullOrWhiteSpace(settings.Type) ? "OSINT" : settings.Type.Trim(),
            Date = settings.DateValue,
            Code = settings.Code,
            Notes = settings.Note,
            Link = settings.Link,
            PropositionId = proposition is { Length: > 0 } ? proposition : null,
            OriginId = origin is { Length: > 0 } ? origin : null,
        };
        var decision = AchSteps.Evidence(store, settings.Name, item, settings.Note);
        console.MarkupLine(Markup.Escape($"Added {item.Id} to {settings.Name} (decision #{decision.Id}); rate it with 'assay ach rate {settings.Name} {item.Id} H1 C'."));
        return ExitCodes.Ok;
    }
}
