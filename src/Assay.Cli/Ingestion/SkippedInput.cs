namespace Assay.Cli.Ingestion;

/// <summary>An input that was not stored, with the reason.</summary>
/// <param name="Location">The path, with ":line" for a JSON Lines record.</param>
/// <param name="Reason">One sentence saying why.</param>
internal sealed record SkippedInput(string Location, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Reason}";
}
