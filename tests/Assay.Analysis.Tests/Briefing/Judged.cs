using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Analysis.Tests.Story;
using Assay.Core.Claims;
using Assay.Core.Sources;

namespace Assay.Analysis.Tests.Briefing;

/// <summary>Hand-made propositions, records and inputs for briefing tests.</summary>
internal static class Judged
{
    public static readonly DateOnly AsOf = new(2024, 12, 1);

    public static readonly Subject Troops = new("north-korea troops", "north korean troops", "russia", "Russia") { Noun = "troops", Nationality = "north-korea" };

    /// <summary>One claim: (origin id, article, stance, day offset).</summary>
    public readonly record struct Said(string Origin, long Article, Stance Stance = Stance.Asserted, int Day = 0, string Outlet = "");

    /// <summary>A proposition about 10,000 troops in Russia made of the given claims, one claim per article.</summary>
    public static Proposition Proposition(string id, params Said[] said)
    {
        var claims = said.Select(s =>
        {
            var claim = StoryClaims.Troops(s.Article, s.Outlet.Length > 0 ? s.Outlet : "Outlet " + s.Article, 10000, source: Name(s.Origin), day: s.Day, stance: s.Stance);
            var role = s.Stance is Stance.Denied or Stance.Refuted ? ClaimRole.Contradicts : ClaimRole.Supports;
            return new PropositionClaim(claim, Origin(s.Origin), role, Troops, claim.Published, null);
        }).ToList();
        var origins = claims.Where(c => c.Role == ClaimRole.Supports).Select(c => c.Origin).DistinctBy(o => o.Id).ToList();
        return new Proposition
        {
            Id = id,
            Event = EventType.Deploy,
            Subject = Troops,
            Figure = new FigureRange(10000, 10000),
            Label = "deploy · 10,000 north korean troops in Russia",
            Statement = claims[0].Claim.Claim.Text,
            Claims = claims,
            Origins = origins,
            Outlets = claims.Select(c => c.Claim.Outlet).Distinct().Count(),
            EffectiveSources = origins.Count,
            FirstSeen = claims.Min(c => c.AsOf),
            LastSeen = claims.Max(c => c.AsOf),
            Contested = claims.Any(c => c.Role == ClaimRole.Contradicts),
            Refuted = claims.Any(c => c.Claim.Claim.Stance == Stance.Refuted),
        };
    }

    public static Origin Origin(string id) => new("source:" + id, Name(id), SourceType.Intelligence);

    public static string Name(string id) => "Agency " + id.ToUpperInvariant();

    /// <summary>A record whose learned reliability is <paramref name="mean"/> (pseudo-count 4), with a grade.</summary>
    public static KeyValuePair<string, OriginRecord> Record(string id, double mean, ReliabilityGrade? grade = null) =>
        new("source:" + id, new OriginRecord(Origin(id), grade, 4 * mean, 4 * (1 - mean), 1, 0, 0, 0, null, 0));

    public static BriefingInput Input(
        IReadOnlyList<Proposition> propositions,
        IEnumerable<KeyValuePair<string, OriginRecord>>? records = null,
        IReadOnlyList<Resolution>? resolutions = null,
        DateOnly? since = null,
        IReadOnlyList<BriefingAlternatives>? alternatives = null,
        IReadOnlyList<SubjectSeries>? series = null,
        Func<Proposition, int>? credibility = null) =>
        new(
            new StoryPicture(propositions, [], [], [], propositions.Sum(p => p.Mentions), 0),
            series ?? [],
            new Dictionary<string, OriginRecord>(records ?? []),
            resolutions ?? [],
            alternatives ?? [],
            AsOf,
            since,
            credibility,
            BriefingOptions.Default);
}
