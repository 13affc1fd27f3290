namespace Assay.Interop.Feeds;

/// <summary>An item or file a poll could not store, with why.</summary>
/// <param name="Location">The item's link (or key) or the file's path.</param>
/// <param name="Reason">One line saying why, naming the URL that failed where it is not <paramref name="Location"/>.</param>
public sealed record ItemFailure(string Location, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Location}: {Reason}";
}
