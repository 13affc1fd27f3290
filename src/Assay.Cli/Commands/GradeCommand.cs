using Assay.Analysis.Story;
using Assay.Cli.Infrastructure;
using Assay.Cli.Story;
using Assay.Core.Sources;
using Assay.Storage;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay grade SOURCE LETTER</c>: the analyst's Admiralty reliability grade of an origin. Recorded,
/// reversible; the latest grade in force wins.</summary>
internal sealed class GradeCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, EmbedderFactory embedders)
    : Command<GradeSettings>
{
    /// <summary>Candidates listed when a name is unknown or ambiguous.</summary>
    private const int Candidates = 8;

    public override int Execute(CommandContext context, GradeSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        // Origins do not depend on how claims are grouped, so the cheaper lexical picture finds the same ones.
        var picture = StoryLoader.Build(store, StoryOptionsFactory.Create(embedders, noEmbeddings: true));
        if (Find(picture, settings.Source) is not { } origin)
        {
            return ExitCodes.Error;
        }

        var level = AdmiraltyScale.FindReliability(settings.Letter)!;
        var decision = AnalystDecisions.Grade(store, origin.Id, level.Code, settings.Note);
        console.MarkupLine(Markup.Escape(
            $"Graded {origin.Name} {level.Code} ({level.Name.ToLowerInvariant()}), decision #{decision.Id}; undo with 'assay undo {decision.Id}'"));
        return ExitCodes.Ok;
    }

    /// <summary>The one origin <paramref name="text"/> names by id, by name or by a source name its claims carry; null
    /// with an error listing candidates when it names none or several.</summary>
    private Origin? Find(StoryPicture picture, string text)
    {
        var wanted = text.Trim();
        var claims = picture.Propositions.SelectMany(p => p.Claims).ToList();
        var origins = claims.Select(c => c.Origin).DistinctBy(o => o.Id, StringComparer.Ordinal).ToList();
        if (origins.FirstOrDefault(o => o.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase)) is { } byId)
        {
            return byId;
        }

        var named = origins.Where(o => o.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            .Concat(claims.Where(c => c.Claim.Claim.Source.Equals(wanted, StringComparison.OrdinalIgnoreCase)).Select(c => c.Origin))
            .DistinctBy(o => o.Id, StringComparer.Ordinal)
            .ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        if (named.Count > 1)
        {
            errors.Error($"'{text}' names {named.Count} origins; give one of their ids: {List(named)}");
            return null;
        }

        var near = origins.Where(o => o.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase) || o.Id.Contains(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        errors.Error(near.Count == 0
            ? $"no origin '{text}' in the story: 'assay sources' lists them with their ids"
            : $"no origin named '{text}'; did you mean one of: {List(near)}");
        return null;
    }

    private static string List(List<Origin> origins) =>
        string.Join("; ", origins.Take(Candidates).Select(o => $"{o.Name} ({o.Id})")) + (origins.Count > Candidates ? $"; and {origins.Count - Candidates} more" : "");
}
