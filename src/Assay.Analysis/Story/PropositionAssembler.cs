using System.Globalization;
using Assay.Core.Claims;

namespace Assay.Analysis.Story;

/// <summary>Turns groups of claims into propositions (origins, effective sources, figure, label), then marks them
/// contested, refuted, or resting on a refuted report.</summary>
internal static class PropositionAssembler
{
    public static List<Proposition> Assemble(
        StoryItem[] items, List<List<int>> groups, Dictionary<int, List<string>> joins, OriginResolver resolver)
    {
        var propositions = new List<Proposition>(groups.Count);
        foreach (var group in groups)
        {
            propositions.Add(Build(items, group, joins, resolver));
        }

        return propositions;
    }

    private static Proposition Build(StoryItem[] items, List<int> group, Dictionary<int, List<string>> joins, OriginResolver resolver)
    {
        var members = group.Select(i => items[i])
            .OrderBy(i => i.AsOf ?? DateOnly.MaxValue)
            .ThenBy(i => i.Source.Ref)
            .ToList();
        var origins = SourcesOfSources(members);
        var claims = members
            .Select(m => new PropositionClaim(
                m.Source, origins[m.Index], m.Role, m.Subject, m.AsOf,
                origins[m.Index].Type == Core.Sources.SourceType.Outlet ? resolver.DerivedFrom(m.Source.Ref.ArticleId) : null))
            .ToList();
        var supporting = claims.Where(c => c.Role == ClaimRole.Supports).ToList();
        var lead = supporting.Count > 0 ? supporting[0] : claims[0];
        var distinctOrigins = supporting.Select(c => c.Origin).DistinctBy(o => o.Id).ToList();
        var subject = claims.Select(c => c.Subject).OrderByDescending(s => s.Key.Length).ThenByDescending(s => s.ScopeKey.Length).First();
        subject = subject with { Label = DisplayLabel(claims, subject.Key) };
        var figure = Figure(supporting.Count > 0 ? supporting : claims);
        var speculative = members.Any(m => m.Speculative && m.Role == ClaimRole.Supports) && members.Where(m => m.Role == ClaimRole.Supports).All(m => m.Speculative);
        var notes = new List<string>();
        foreach (var claim in claims.Where(c => c.Claim.Claim.Stance == Stance.Refuted))
        {
            notes.Add($"refuted: {claim.Claim.Ref} ({claim.Claim.Claim.Source}, {claim.Claim.Outlet ?? "unknown outlet"}) {Cue(claim.Claim.Claim)}".TrimEnd());
        }

        foreach (var claim in claims.Where(c => c.Claim.Claim.Stance == Stance.Denied))
        {
            notes.Add($"denied: {claim.Claim.Ref} ({claim.Claim.Claim.Source}, {claim.Claim.Outlet ?? "unknown outlet"})");
        }

        return new Proposition
        {
            Id = "p" + lead.Claim.Ref.ArticleId.ToString(CultureInfo.InvariantCulture) + "." + lead.Claim.Ref.ClaimId,
            Event = lead.Claim.Claim.Event,
            Subject = subject,
            Figure = figure,
            Label = Label(lead.Claim.Claim.Event, figure, subject, speculative),
            Statement = lead.Claim.Claim.Text,
            Claims = claims,
            Origins = distinctOrigins,
            Outlets = claims.Select(c => Names.OutletKey(c.Claim.Outlet ?? "article " + c.Claim.Ref.ArticleId)).Distinct(StringComparer.Ordinal).Count(),
            EffectiveSources = EffectiveSources(supporting),
            FirstSeen = claims.Min(c => c.AsOf),
            LastSeen = claims.Max(c => c.AsOf),
            Projection = speculative,
            Contested = claims.Any(c => c.Role == ClaimRole.Contradicts),
            Refuted = claims.Any(c => c.Claim.Claim.Stance == Stance.Refuted),
            Notes = notes,
            Joins = [.. group.Where(joins.ContainsKey).SelectMany(i => joins[i]).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>Origins after asking for the source's source: a claim credited to an outlet takes the origin that
    /// outlet's own claims in this proposition credit, when they credit exactly one.</summary>
    private static Dictionary<int, Origin> SourcesOfSources(List<StoryItem> members)
    {
        var creditedByOutlet = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var originById = new Dictionary<string, Origin>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member.Source.Outlet is not { } outlet || member.Origin.Type is Core.Sources.SourceType.Outlet or Core.Sources.SourceType.Media)
            {
                continue;
            }

            var key = Origin.OutletId(outlet);
            if (!creditedByOutlet.TryGetValue(key, out var credited))
            {
                credited = new HashSet<string>(StringComparer.Ordinal);
                creditedByOutlet[key] = credited;
            }

            credited.Add(member.Origin.Id);
            originById[member.Origin.Id] = member.Origin;
        }

        var result = new Dictionary<int, Origin>(members.Count);
        foreach (var member in members)
        {
            var origin = member.Origin;
            if (origin.Type is Core.Sources.SourceType.Media or Core.Sources.SourceType.Outlet
                && creditedByOutlet.TryGetValue(origin.Id, out var credited) && credited.Count == 1)
            {
                origin = originById[credited.First()];
            }

            result[member.Index] = origin;
        }

        return result;
    }

    /// <summary>n_eff = Σ over origins of k / (1 + (k − 1)ρ): claims tied to their origin by explicit credit count once
    /// (ρ = 1); each claim tied to it only by a suspected copy adds a report correlated by ρ = the copy's similarity.</summary>
    internal static double EffectiveSources(IReadOnlyList<PropositionClaim> supporting)
    {
        var total = 0.0;
        foreach (var byOrigin in supporting.GroupBy(c => c.Origin.Id, StringComparer.Ordinal))
        {
            var copies = byOrigin.Where(c => c.DerivedFrom is not null).Select(c => c.Claim.Ref.ArticleId).Distinct().Count();
            var explicitly = byOrigin.Any(c => c.DerivedFrom is null) ? 1 : 0;
            var k = explicitly + copies;
            if (k <= 1)
            {
                total += 1;
                continue;
            }

            var rho = byOrigin.Where(c => c.DerivedFrom is not null).Average(c => c.DerivedFrom!.Similarity > 0 ? c.DerivedFrom.Similarity : 0.8);
            total += k / (1 + ((k - 1) * rho));
        }

        return total;
    }

    /// <summary>The spelling most of the claims with this key use ("North Korean troops"); ties go to the first in
    /// ordinal order, so the same claims always give the same label.</summary>
    internal static string DisplayLabel(IReadOnlyList<PropositionClaim> claims, string key) =>
        Spelling.MostUsed(claims.Where(c => string.Equals(c.Subject.Key, key, StringComparison.Ordinal)).Select(c => c.Subject.Label));

    private static FigureRange? Figure(IReadOnlyList<PropositionClaim> claims)
    {
        var figures = claims.Where(c => c.Claim.Quantity is not null).Select(c => c.Claim.Quantity!).ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        var lows = figures.Where(f => f.Low is not null).Select(f => f.Low!.Value).ToList();
        var highs = figures.Where(f => f.High is not null).Select(f => f.High!.Value).ToList();
        return new FigureRange(lows.Count > 0 ? lows.Min() : null, highs.Count > 0 ? highs.Max() : null);
    }

    private static string Label(EventType type, FigureRange? figure, Subject subject, bool speculative)
    {
        var what = subject.Describe();
        var text = figure is { } f ? (f + " " + what).Trim() : what;
        var kind = type == EventType.None ? "statement" : type.ToString().ToLowerInvariant();
        return (speculative ? "projected " + kind : kind) + (text.Length > 0 ? " · " + text : "");
    }

    private static string Cue(Claim claim) => claim.Cues.FirstOrDefault(c => c.StartsWith("refute:", StringComparison.Ordinal)) ?? "";

    /// <summary>Sets contested marks from contradictions, and marks every proposition that rests on a refuted report:
    /// one whose supporting origin made the refuted report on the same subject; one stated in the article that carried
    /// the report, about the same event and nationality; or one from an article copied from an article that carried it.</summary>
    public static List<Proposition> Mark(List<Proposition> propositions, IReadOnlyList<ClaimContradiction> contradictions, OriginResolver resolver)
    {
        var contested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var contradiction in contradictions)
        {
            contested.Add(contradiction.PropositionId);
            contested.Add(contradiction.OtherPropositionId);
        }

        // The report: who made the refuted statement on which subject, and in which articles.
        var refutedOrigins = new Dictionary<(string Origin, EventType Event, string Subject), List<string>>();
        var refutedArticles = new Dictionary<long, List<string>>();
        var refutedReports = new Dictionary<(long Article, EventType Event, string Nationality), List<string>>();
        foreach (var proposition in propositions.Where(p => p.Refuted))
        {
            foreach (var claim in proposition.Claims.Where(c => c.Role == ClaimRole.Supports || c.Claim.Claim.Stance == Stance.Refuted))
            {
                Add(refutedOrigins, (claim.Origin.Id, proposition.Event, proposition.Subject.Key), proposition.Id);
                Add(refutedArticles, claim.Claim.Ref.ArticleId, proposition.Id);
                if (claim.Role == ClaimRole.Supports)
                {
                    Add(refutedReports, (claim.Claim.Ref.ArticleId, proposition.Event, claim.Subject.Nationality), proposition.Id);
                }
            }
        }

        var marked = new List<Proposition>(propositions.Count);
        foreach (var proposition in propositions)
        {
            var notes = new List<string>(proposition.Notes);
            var restsOn = new List<string>();
            if (!proposition.Refuted)
            {
                // Every refuted report it rests on is kept; the note names the first found.
                foreach (var claim in proposition.Supporting)
                {
                    if (refutedOrigins.TryGetValue((claim.Origin.Id, proposition.Event, proposition.Subject.Key), out var by))
                    {
                        Note($"rests on {claim.Origin.Name}, whose report in {by[0]} was refuted", by);
                    }

                    // The same article telling more of the same refuted story: same event, same nationality.
                    if (refutedReports.TryGetValue((claim.Claim.Ref.ArticleId, proposition.Event, claim.Subject.Nationality), out var story))
                    {
                        Note($"{claim.Claim.Ref} tells more of the report refuted in {story[0]}", story);
                    }

                    var root = resolver.RootArticle(claim.Claim.Ref.ArticleId);
                    if (root != claim.Claim.Ref.ArticleId && refutedArticles.TryGetValue(root, out var copied))
                    {
                        Note($"{claim.Claim.Ref} comes from an article copied from one whose report in {copied[0]} was refuted", copied);
                    }
                }
            }

            void Note(string note, List<string> refuted)
            {
                if (restsOn.Count == 0)
                {
                    notes.Add(note);
                }

                foreach (var id in refuted)
                {
                    if (!restsOn.Contains(id, StringComparer.Ordinal))
                    {
                        restsOn.Add(id);
                    }
                }
            }

            marked.Add(proposition with
            {
                Contested = proposition.Contested || contested.Contains(proposition.Id),
                RestsOnRefuted = restsOn.Count > 0,
                RestsOn = restsOn,
                Notes = notes,
            });
        }

        return marked;
    }

    private static void Add<TKey>(Dictionary<TKey, List<string>> index, TKey key, string id)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var ids))
        {
            index[key] = ids = [];
        }

        if (!ids.Contains(id, StringComparer.Ordinal))
        {
            ids.Add(id);
        }
    }
}
