using System.ComponentModel;
using Assay.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay users add</c>.</summary>
internal sealed class UsersAddSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("A unique name: letters, digits, '.', '-', '_' or '@'.")]
    public string Name { get; init; } = "";

    [CommandOption("--role <ROLE>")]
    [Description("viewer (reads), analyst (also ingests, grades, resolves, merges, undoes) or admin (also manages users).")]
    public string Role { get; init; } = UserRoles.Viewer;

    public override ValidationResult Validate()
    {
        if (Name.Length is 0 or > 64 || !Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@'))
        {
            return ValidationResult.Error($"'{Name}' is not a user name: use up to 64 letters, digits, '.', '-', '_' or '@'.");
        }

        return UserRoles.IsKnown(Role)
            ? ValidationResult.Success()
            : ValidationResult.Error($"'{Role}' is not a role: give one of {string.Join(", ", UserRoles.All)}.");
    }
}
