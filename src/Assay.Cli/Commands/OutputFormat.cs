namespace Assay.Cli.Commands;

/// <summary>How a listing command prints its rows.</summary>
internal enum OutputFormat
{
    /// <summary>A Spectre table for people.</summary>
    Table,

    /// <summary>JSON on stdout.</summary>
    Json,

    /// <summary>CSV on stdout.</summary>
    Csv,
}
