using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Core.Sources;
using Assay.Storage;

namespace Assay.Workspace;

/// <summary>One row of <c>assay sources</c>: an origin's track record with the articles, outlets and dates of its claims.</summary>
/// <param name="Record">The origin's grade, learned reliability and resolved counts.</param>
/// <param name="Grouped">False for a source the store credits whose claims joined no proposition: it has no origin id
/// and no track record beyond the F prior.</param>
/// <param name="Articles">Articles carrying its claims.</param>
/// <param name="Outlets">Outlets that published them.</param>
/// <param name="First">Earliest publication date.</param>
/// <param name="Last">Latest publication date.</param>
public sealed record SourceRow(OriginRecord Record, bool Grouped, int Articles, int Outlets, DateOnly? First, DateOnly? Last)
{
    /// <summary>One row per origin of the picture, then one per stored source none of whose claims is grouped; most claims first.</summary>
    public static IReadOnlyList<SourceRow> Build(StoryPicture picture, IReadOnlyList<OriginRecord> records, IReadOnlyList<SourceSummary> stored)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stored);
        var claims = picture.Propositions.SelectMany(p => p.Claims).ToList();
        var byOrigin = claims.GroupBy(c => c.Origin.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var rows = records.Select(r =>
        {
            var mine = byOrigin.GetValueOrDefault(r.Origin.Id) ?? [];
            return new SourceRow(
                r,
                true,
                mine.Select(c => c.Claim.Ref.ArticleId).Distinct().Count(),
                mine.Select(c => c.Claim.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Count(),
                mine.Min(c => c.Claim.Published),
                mine.Max(c => c.Claim.Published));
        }).ToList();

        var grouped = claims.Select(c => c.Claim.Claim.Source).ToHashSet(StringComparer.Ordinal);
        var prior = BetaReliability.FromGrade(null);
        rows.AddRange(stored.Where(s => !grouped.Contains(s.Source)).Select(s => new SourceRow(
            new OriginRecord(new Origin("", s.Source, s.Type), null, prior.Alpha, prior.Beta, s.Claims, 0, 0, 0, null, 0),
            false,
            s.Articles,
            s.Outlets,
            s.First,
            s.Last)));
        return [.. rows.OrderByDescending(r => r.Record.Claims).ThenBy(r => r.Record.Origin.Name, StringComparer.Ordinal)];
    }

    /// <summary>The origin's readable name.</summary>
    public string Name => Record.Origin.Name;

    /// <summary>The origin id to grade it by; null when the source joined no proposition.</summary>
    public string? Id => Grouped ? Record.Origin.Id : null;

    /// <summary>The kind of source at the root.</summary>
    public SourceType Type => Record.Origin.Type;
}
