namespace Assay.Interop.Feeds;

/// <summary>What one poll over every watched feed and folder did.</summary>
/// <param name="Started">When the poll began.</param>
/// <param name="Sources">One entry per feed or folder, in the order given.</param>
public sealed record PollReport(DateTimeOffset Started, IReadOnlyList<SourcePoll> Sources)
{
    /// <summary>Items stored as new articles.</summary>
    public int New => Sources.Sum(s => s.Stored.Count);

    /// <summary>Items skipped as already taken.</summary>
    public int Repeats => Sources.Sum(s => s.Repeats);

    /// <summary>Items that failed plus feeds or folders that could not be read.</summary>
    public int Failed => Sources.Sum(s => s.Failures.Count + (s.Error is null ? 0 : 1));

    /// <summary>True when every source was read and every new item stored.</summary>
    public bool Succeeded => Sources.All(s => s.Succeeded);
}
