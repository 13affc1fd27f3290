using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Web.Tests.Support;
using Assay.Workspace;

namespace Assay.Interop.Tests.Golden;

/// <summary>The samples store with an analyst's judgments on top, as the golden exports read it: two origins graded
/// (the NIS B, the Pentagon A) and two propositions resolved (the 10,000–12,000 troops in Russia confirmed at 11,000,
/// the June 2024 engineers report refuted), snapshotted at a fixed time; a class fixture.</summary>
public sealed class JudgedSamples : IDisposable
{
    /// <summary>The fixed time every golden export is stamped with.</summary>
    public static readonly DateTimeOffset Created = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The claim the confirmed proposition holds.</summary>
    public const string ConfirmedClaim = "20/c5";

    /// <summary>The claim the refuted proposition holds.</summary>
    public const string RefutedClaim = "2/c2";

    private static readonly DateTimeOffset ResolvedAt = new(2025, 5, 20, 9, 30, 0, TimeSpan.Zero);

    private readonly SamplesWorkspace _samples = new();

    /// <summary>Copies the samples store (so <see cref="Samples"/> stays unjudged), records the judgments and reads the
    /// snapshot.</summary>
    public JudgedSamples()
    {
        var db = _samples.Copy();
        Db = db;
        using var store = StoreFactory.Open(db);
        var options = StoryOptions.Default with { Embedder = null };
        var picture = StoryLoader.Build(store, options);
        AnalystDecisions.Grade(store, "source:south-korea-nis", "B", "long record on this story");
        AnalystDecisions.Grade(store, "source:us-dod", "A", null);
        var confirmed = picture.Find(ConfirmedClaim) ?? throw new InvalidOperationException(ConfirmedClaim + " is in no proposition.");
        var refuted = picture.Find(RefutedClaim) ?? throw new InvalidOperationException(RefutedClaim + " is in no proposition.");
        AnalystDecisions.Resolve(store, confirmed, ResolutionOutcome.Confirmed, 11000, "both governments acknowledged the deployment");
        AnalystDecisions.Resolve(store, refuted, ResolutionOutcome.Refuted, null, "no engineers were seen in Donetsk");
        var snapshot = InteropSnapshot.Load(store, options, created: Created);
        // Decisions are stamped with the clock: the exports show resolution dates, and track records forget by the
        // resolutions' ages, so a few milliseconds between the two can tip a likelihood sitting on a band's edge. Pin
        // both and learn the records again from the pinned ones.
        List<Resolution> pinned = [.. snapshot.Resolutions.Select(r => r with { At = ResolvedAt })];
        var records = TrackRecordBuilder.Build(snapshot.Picture, pinned, JudgmentLoader.GradeOf(snapshot.Grades));
        Snapshot = snapshot with { Resolutions = pinned, Records = records };
    }

    /// <summary>The unjudged samples store.</summary>
    public SamplesWorkspace Samples => _samples;

    /// <summary>The judged copy's path.</summary>
    public string Db { get; }

    /// <summary>The judged snapshot, stamped <see cref="Created"/>, resolutions pinned to a fixed date.</summary>
    public InteropSnapshot Snapshot { get; }

    /// <summary>Writes an export to a string.</summary>
    public static string Export(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _samples.Dispose();
    }
}
