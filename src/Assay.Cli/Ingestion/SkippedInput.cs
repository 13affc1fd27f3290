using Assay.Extraction.Reading;

namespace Assay.Cli.Ingestion;

/// <summary>An input that was not stored, with the reason.</summary>
/// <param name="Location">The path, with ":line" for a JSON Lines record.</param>
/// <param name="Reason">One sentence saying why.</param>
internal sealed record SkippedInput(string Location, string Reason)
{
    /// <summary>The skip for a failed read, naming the location once.</summary>
    /// <remarks>The readers start their messages with the location already; printed after it again, every line
    /// would read "file: file: reason".</remarks>
    public static SkippedInput FromFailedRead(ReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reason = result.Error ?? "could not be read";
        var prefix = result.Location + ": ";
        if (reason.StartsWith(prefix, StringComparison.Ordinal) && reason.Length > prefix.Length)
        {
            reason = reason[prefix.Length..];
        }

        return new SkippedInput(result.Location, reason);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Reason}";
}
