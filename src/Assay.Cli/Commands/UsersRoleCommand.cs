using Assay.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay users role NAME ROLE</c>: the user's tokens carry the new role from the next request; browser
/// sessions started under the old one end.</summary>
internal sealed class UsersRoleCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<UsersRoleSettings>
{
    public override int Execute(CommandContext context, UsersRoleSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (!store.SetUserRole(settings.Name, settings.Role))
        {
            errors.Error($"no user '{settings.Name}': 'assay users list' shows them");
            return ExitCodes.Error;
        }

        console.MarkupLine(Markup.Escape($"{settings.Name} is now {settings.Role}."));
        return ExitCodes.Ok;
    }
}
