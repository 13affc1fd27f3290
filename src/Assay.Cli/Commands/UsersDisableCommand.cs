using Assay.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay users disable NAME</c>: none of the user's tokens signs in and their browser sessions end at the
/// next request; the tokens are kept, so <c>assay users enable NAME</c> restores them.</summary>
internal sealed class UsersDisableCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<UsersNameSettings>
{
    public override int Execute(CommandContext context, UsersNameSettings settings, CancellationToken cancellationToken) =>
        UsersSwitch.Set(console, errors, openStore, settings, disabled: true);
}
