using Assay.Analysis.Ach;
using Assay.Cli.Ach;
using Assay.Cli.Infrastructure;
using Assay.Cli.Rendering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay ach show NAME</c>: the matrix with its scores, leader and sensitivity; --json for everything.</summary>
internal sealed class AchShowCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<AchShowSettings>
{
    public override int Execute(CommandContext context, AchShowSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null || AchMatrixLookup.Find(store, settings.Name, errors) is not { } state)
        {
            return ExitCodes.Error;
        }

        var analysis = AchScorer.Analyse(state.Matrix, settings.ScoreMode);
        if (settings.Json)
        {
            console.Profile.Out.Writer.WriteLine(AchJsonWriter.Matrix(state.Matrix, analysis));
        }
        else
        {
            AchView.Write(console, state.Matrix, analysis);
        }

        return ExitCodes.Ok;
    }
}
