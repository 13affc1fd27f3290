using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Sources;
using Assay.Storage;
using Assay.Web.Api.Models;
using Assay.Workspace;

namespace Assay.Web.Api;

/// <summary>Builds the rows of <c>GET /sources</c> the way <c>assay sources</c> does: one per origin of the picture, then
/// one per stored source none of whose claims is grouped; most claims first, then by name.</summary>
internal static class SourceRows
{
    /// <summary>The rows of the store's sources.</summary>
    public static List<SourceModel> Build(IStore store, StoryPicture picture) =>
        [.. SourceRow.Build(picture, JudgmentLoader.Records(store, picture), store.Sources())
            .Select(r => Row(r.Record, r.Grouped, r.Articles, r.Outlets, r.First, r.Last))
            .OrderByDescending(r => r.Claims).ThenBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)];

    private static SourceModel Row(OriginRecord r, bool grouped, int articles, int outlets, DateOnly? first, DateOnly? last)
    {
        var (low, high) = r.CredibleInterval();
        return new SourceModel(
            r.Origin.Name,
            grouped ? r.Origin.Id : null,
            EnumNames.Of(r.Origin.Type),
            grouped,
            r.Grade?.ToString(),
            r.Grade is null ? null : AdmiraltyScale.FindReliability(r.Grade.Value.ToString())?.Name,
            Math.Round(r.Mean, 4),
            Math.Round(r.StandardDeviation, 4),
            Math.Round(r.Alpha, 4),
            Math.Round(r.Beta, 4),
            [Math.Round(low, 4), Math.Round(high, 4)],
            r.Claims,
            r.Resolved,
            r.Hits,
            r.Misses,
            r.IntervalScore is { } score ? Math.Round(score, 4) : null,
            r.Scored,
            articles,
            outlets,
            first,
            last);
    }
}
