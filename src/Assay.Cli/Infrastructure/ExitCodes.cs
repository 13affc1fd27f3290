namespace Assay.Cli.Infrastructure;

/// <summary>Process exit codes; documented in the README and in <c>assay --help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>Fatal error: bad arguments, store cannot be opened, nothing could be done.</summary>
    public const int Error = 1;

    /// <summary>The command finished but skipped some inputs; each is listed with its reason.</summary>
    public const int Skipped = 2;
}
