using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Assay.Cli.Story;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay proposition ID</c>: every claim behind one proposition, with its sentence, source and origin.</summary>
internal sealed class PropositionCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<PropositionSettings>
{
    public override int Execute(CommandContext context, PropositionSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        var picture = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, settings.NoEmbeddings));
        var proposition = picture.Find(settings.Id);
        if (proposition is null)
        {
            errors.Error($"no proposition '{settings.Id}': give an id from 'assay story' (\"p6.c4\") or a claim reference (\"6/c4\")");
            return ExitCodes.Error;
        }

        var contradictions = picture.ContradictionsOf(proposition.Id).ToList();
        var credibility = PropositionCredibility.Load(store, picture);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(StoryJsonWriter.Proposition(proposition, contradictions, picture, credibility));
            return ExitCodes.Ok;
        }

        PropositionView.Render(console, proposition, contradictions, picture, credibility);
        return ExitCodes.Ok;
    }
}
