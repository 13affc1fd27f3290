using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;

namespace Assay.Analysis.Briefing;

/// <summary>The input of one build with its lookups: records by origin, resolutions by proposition, claims by reference.</summary>
internal sealed class BriefingContext
{
    private readonly Dictionary<ClaimRef, StoryClaim> _claims = [];
    private readonly Dictionary<string, List<PropositionClaim>> _refuters;

    public BriefingContext(BriefingInput input)
    {
        Input = input;
        _refuters = RefutedReports.Refuters(input.Picture);
        foreach (var member in input.Picture.Propositions.SelectMany(p => p.Claims))
        {
            _claims.TryAdd(member.Claim.Ref, member.Claim);
        }

        // The latest decision on a proposition is the one in force.
        foreach (var resolution in input.Resolutions.OrderBy(r => r.DecisionId))
        {
            if (ClaimRef.TryParse(resolution.Anchor, out var anchor)
                && input.Picture.Propositions.FirstOrDefault(p => p.Claims.Any(c => c.Claim.Ref == anchor)) is { } p)
            {
                Resolutions[p.Id] = resolution;
            }
        }
    }

    public BriefingInput Input { get; }

    public StoryPicture Picture => Input.Picture;

    public BriefingOptions Options => Input.Options;

    public Func<Proposition, int>? Credibility => Input.Credibility;

    /// <summary>The resolution in force per proposition id.</summary>
    public Dictionary<string, Resolution> Resolutions { get; } = new(StringComparer.Ordinal);

    /// <summary>The claims that showed false the report a proposition rests on; empty when it rests on none.</summary>
    public IReadOnlyList<PropositionClaim> RefutersOf(Proposition p) => _refuters.TryGetValue(p.Id, out var claims) ? claims : [];

    /// <summary>Learned reliability of an origin, else the ungraded prior.</summary>
    public double ReliabilityOf(Origin origin) =>
        Input.Records.TryGetValue(origin.Id, out var record) ? record.Mean : Options.UngradedReliability;

    /// <summary>The supporting origins of a proposition, graded, in the proposition's order.</summary>
    public List<SourcingOrigin> OriginsOf(Proposition p, int? credibility) =>
    [
        .. p.Origins.Select(o =>
        {
            var claims = BriefingBuilder.Refs(p.Supporting.Where(c => c.Origin.Id == o.Id));
            var letter = Input.Records.TryGetValue(o.Id, out var record) ? record.Grade?.ToString() : null;
            var grade = letter is null ? null : letter + (credibility is { } digit ? digit.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            return new SourcingOrigin(o, grade, ReliabilityOf(o), claims.Count, claims);
        }),
    ];

    /// <summary>The pooled group that holds a proposition's own figures: in the series with its subject key, the
    /// like-for-like group (scope and status) most of its supporting claims fall in; null when it has no figure or no
    /// such group.</summary>
    public (SubjectSeries Series, PooledEstimate Group)? FigureGroup(Proposition p)
    {
        if (p.Figure is null || Input.Series.FirstOrDefault(s => string.Equals(s.Key, p.Subject.Key, StringComparison.Ordinal)) is not { } series)
        {
            return null;
        }

        var refs = p.Supporting.Select(c => c.Claim.Ref).ToHashSet();
        var keys = series.Points.Where(sp => sp.Claims.Any(refs.Contains))
            .GroupBy(sp => LikeKey.Of(sp.Point))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Scope, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Status)
            .Select(g => g.Key)
            .ToList();
        var group = keys.Count == 0 ? null : series.Pool.Groups.FirstOrDefault(g => g.Key == keys[0]);
        return group is null ? null : (series, group);
    }

    /// <summary>The claims the sentences cite, in reference order; a reference not in the picture keeps an empty text.</summary>
    public List<BriefingClaim> Cite(IEnumerable<BriefingSentence> sentences) =>
    [
        .. sentences.SelectMany(s => s.Refs).Distinct().Order().Select(r => _claims.TryGetValue(r, out var c)
            ? new BriefingClaim(r, c.Outlet, c.Published, c.Claim.Source, c.Claim.Text)
            : new BriefingClaim(r, null, null, "", "")),
    ];
}
