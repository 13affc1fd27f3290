using Assay.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary><c>assay users token NAME</c>: issues an API token and prints it, the only time it can be seen.</summary>
internal sealed class UsersTokenCommand(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore) : Command<UsersTokenSettings>
{
    public override int Execute(CommandContext context, UsersTokenSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (store.IssueToken(settings.Name) is not { } token)
        {
            errors.Error($"no user named {settings.Name}: add one with 'assay users add {settings.Name} --role viewer'");
            return ExitCodes.Error;
        }

        // The token alone on stdout, so a script can capture it; the advice on stderr.
        console.Profile.Out.Writer.WriteLine(token.Secret);
        errors.Note(
            $"Token #{token.Id} for {token.UserName}. It cannot be shown again (only its hash is stored): keep it now. " +
            $"Send it as 'Authorization: Bearer …' or paste it at /signin; revoke it with 'assay users revoke {token.Id}'.");
        return ExitCodes.Ok;
    }
}
