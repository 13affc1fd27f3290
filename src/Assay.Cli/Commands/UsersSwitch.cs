using Assay.Cli.Infrastructure;
using Spectre.Console;

namespace Assay.Cli.Commands;

/// <summary>What <c>assay users disable</c> and <c>enable</c> share: open the store, switch the user, say so.</summary>
internal static class UsersSwitch
{
    /// <summary>Disables or enables the user named in <paramref name="settings"/>; the exit code.</summary>
    public static int Set(IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, UsersNameSettings settings, bool disabled)
    {
        using var store = StoreAccess.TryOpenExisting(openStore, settings.DbPath, errors);
        if (store is null)
        {
            return ExitCodes.Error;
        }

        if (!store.SetUserDisabled(settings.Name, disabled))
        {
            errors.Error($"no user '{settings.Name}': 'assay users list' shows them");
            return ExitCodes.Error;
        }

        console.MarkupLine(Markup.Escape(disabled
            ? $"{settings.Name} is disabled: no token of theirs signs in, and their sessions end."
            : $"{settings.Name} is enabled: their tokens that are not revoked sign in again."));
        return ExitCodes.Ok;
    }
}
