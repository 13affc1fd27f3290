using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Storage;
using Assay.Workspace;

namespace Assay.Interop;

/// <summary>Everything an export hands on, read from the store once: the articles with their extractions, the story
/// picture, the analyst's grades and resolutions, the origins' track records and the estimate series.</summary>
/// <param name="Articles">The articles in scope, in id order, each with its whole extraction.</param>
/// <param name="Picture">The story picture over those articles' claims.</param>
/// <param name="Grades">The Admiralty grade in force per origin id.</param>
/// <param name="Resolutions">The resolutions in force, in the order they were made.</param>
/// <param name="Records">Every origin's track record.</param>
/// <param name="Series">The estimate series, pooled with the analyst's grades.</param>
/// <param name="Created">When the snapshot was taken; exports stamp their objects with it unless told otherwise.</param>
public sealed record InteropSnapshot(
    IReadOnlyList<SnapshotArticle> Articles,
    StoryPicture Picture,
    IReadOnlyDictionary<string, ReliabilityGrade> Grades,
    IReadOnlyList<Resolution> Resolutions,
    IReadOnlyList<OriginRecord> Records,
    IReadOnlyList<SubjectSeries> Series,
    DateTimeOffset Created)
{
    /// <summary>Reads the snapshot of the whole store, or of the claims <paramref name="scope"/> selects.</summary>
    /// <remarks>Holds every article in scope in memory: meant for a story (a subject, a window), not a day of world news.</remarks>
    public static InteropSnapshot Load(IStore store, StoryOptions options, ClaimQuery? scope = null, DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var picture = scope is null ? StoryLoader.Build(store, options) : StoryLoader.Build(store, options, scope);
        return From(store, picture, wholeStore: scope is null, created);
    }

    /// <summary>The snapshot around a picture already built (a cached one): the whole store's articles when
    /// <paramref name="wholeStore"/>, else only the articles the picture's claims come from.</summary>
    public static InteropSnapshot From(IStore store, StoryPicture picture, bool wholeStore, DateTimeOffset? created = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(picture);
        var byId = store.Articles().ToDictionary(a => a.Id);
        var ids = wholeStore
            ? byId.Keys
            : picture.Propositions.SelectMany(p => p.Claims).Select(c => c.Claim.Ref.ArticleId).Distinct();
        var articles = new List<SnapshotArticle>();
        foreach (var id in ids.Order())
        {
            if (byId.TryGetValue(id, out var stored) && store.LoadExtraction(id) is { } extraction)
            {
                articles.Add(new SnapshotArticle(stored, extraction));
            }
        }

        var grades = JudgmentLoader.Grades(store);
        var resolutions = JudgmentLoader.Resolutions(store);
        var records = TrackRecordBuilder.Build(picture, resolutions, JudgmentLoader.GradeOf(grades));
        var series = SeriesBuilder.Build(picture, o => grades.TryGetValue(o.Id, out var g) ? g : ReliabilityGrade.F);
        return new InteropSnapshot(articles, picture, grades, resolutions, records, series, created ?? DateTimeOffset.UtcNow);
    }
}
