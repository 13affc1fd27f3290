using System.ComponentModel;
using Assay.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay users role</c>.</summary>
internal sealed class UsersRoleSettings : GlobalSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The user.")]
    public string Name { get; init; } = "";

    [CommandArgument(1, "<ROLE>")]
    [Description("viewer, analyst or admin.")]
    public string Role { get; init; } = "";

    public override ValidationResult Validate() =>
        UserRoles.IsKnown(Role)
            ? ValidationResult.Success()
            : ValidationResult.Error($"'{Role}' is not a role: give one of {string.Join(", ", UserRoles.All)}.");
}
