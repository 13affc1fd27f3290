using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Arguments of <c>assay users revoke</c>.</summary>
internal sealed class UsersRevokeSettings : GlobalSettings
{
    [CommandArgument(0, "<TOKEN_ID>")]
    [Description("The token number printed when it was issued.")]
    public long TokenId { get; init; }
}
