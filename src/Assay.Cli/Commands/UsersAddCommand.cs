using Assay.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay users add NAME --role ROLE</c>: a user of the web workbench, who signs in with tokens.</summary>
internal sealed class UsersAddCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<UsersAddSettings>
{
    public override int Execute(CommandContext context, UsersAddSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpen(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (store.AddUser(settings.Name, settings.Role) is not { } user)
        {
            errors.Error($"a user named {settings.Name} exists already: see 'assay users list'");
            return ExitCodes.Error;
        }

        console.MarkupLine(Markup.Escape($"Added {user.Name} ({user.Role}). Give them a token with 'assay users token {user.Name}'."));
        return ExitCodes.Ok;
    }
}
