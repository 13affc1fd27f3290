using Assay.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay users revoke TOKEN_ID</c>: the token signs no one in from now on.</summary>
internal sealed class UsersRevokeCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<UsersRevokeSettings>
{
    public override int Execute(CommandContext context, UsersRevokeSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (!store.RevokeToken(settings.TokenId))
        {
            errors.Error($"no valid token #{settings.TokenId}");
            return ExitCodes.Error;
        }

        console.MarkupLine(Markup.Escape($"Revoked token #{settings.TokenId}."));
        return ExitCodes.Ok;
    }
}
