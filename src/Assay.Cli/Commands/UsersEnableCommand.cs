using Assay.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay users enable NAME</c>: the user's tokens that are not revoked sign in again.</summary>
internal sealed class UsersEnableCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<UsersNameSettings>
{
    public override int Execute(CommandContext context, UsersNameSettings settings, CancellationToken cancellationToken) =>
        UsersSwitch.Set(console, errors, openStore, settings, disabled: false);
}
