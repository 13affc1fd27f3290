using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Story;

namespace Assay.Analysis.Reliability;

/// <summary>Suggests the Admiralty credibility digit (1–6) of a proposition from who states it, who denies it and how
/// they are graded. The analyst decides; this is where to start (docs/sources.md).</summary>
/// <remarks>
/// The first rule that applies wins:
/// <list type="number">
/// <item>Resolved by the analyst: confirmed → 1, refuted → 5.</item>
/// <item>Shown false in the reporting (<see cref="Proposition.Refuted"/>) → 5.</item>
/// <item>No origin states it, only denials or claims that withhold → 6.</item>
/// <item>Contradicted by an origin that stands better than every origin stating it → 5.</item>
/// <item>Rests on a refuted report (<see cref="Proposition.RestsOnRefuted"/>) → 4.</item>
/// <item>Stated by at least two independent origins (distinct origin ids: repeats of one origin never confirm) and not
/// contradicted by an origin of equal or better standing → 1, when at least two of them report it; when all of them, or
/// all but one, only speculate or hedge (a claim below a plain report's certainty, <see cref="WitnessModel.Commitment"/>)
/// → 3, possibly true: it agrees with other information but nothing confirms it.</item>
/// <item>Contradicted by an origin of equal standing (none of the origins stating it stands better) → 3.</item>
/// <item>One origin states it: graded A or B → 2, C → 3, D, E or G → 4, F or ungraded → 6.</item>
/// </list>
/// Standing compares grade letters, A best, then B … E, and G below E. F and ungraded origins stand neither better nor
/// worse than a graded one; between two of them the learned reliability decides, when it differs by more than
/// <see cref="ReliabilityMargin"/> (with no track record both sit at F's 0.5 and stand equal).
/// </remarks>
public static class CredibilitySuggester
{
    /// <summary>How far apart two ungraded origins' learned reliabilities must be for one to stand better.</summary>
    public const double ReliabilityMargin = 0.1;

    /// <summary>The suggested digit and why.</summary>
    /// <param name="proposition">The proposition.</param>
    /// <param name="reliability">An origin's learned reliability (its track record's mean).</param>
    /// <param name="grade">The analyst's grade of an origin, null when ungraded.</param>
    /// <param name="resolved">The analyst's resolution of the proposition, if any.</param>
    public static CredibilitySuggestion Suggest(
        Proposition proposition, Func<Origin, double> reliability, Func<Origin, ReliabilityGrade?> grade, ResolutionOutcome? resolved = null)
    {
        ArgumentNullException.ThrowIfNull(proposition);
        ArgumentNullException.ThrowIfNull(reliability);
        ArgumentNullException.ThrowIfNull(grade);
        switch (resolved)
        {
            case ResolutionOutcome.Confirmed:
                return new(1, "confirmed by the analyst");
            case ResolutionOutcome.Refuted:
                return new(5, "refuted by the analyst");
        }

        if (proposition.Refuted)
        {
            return new(5, "shown false in the reporting");
        }

        var supporting = Distinct(proposition.Supporting);
        var contradicting = Distinct(proposition.Contradicting);
        if (supporting.Count == 0)
        {
            return contradicting.Count == 0
                ? new(6, "no origin states or denies it: its claims only withhold (not confirmed, not acknowledged)")
                : new(6, "only denials: no origin states it");
        }

        Standing Compare(Origin a, Origin b) => CompareOrigins(a, b, reliability, grade);
        if (contradicting.FirstOrDefault(c => supporting.All(s => Compare(c, s) == Standing.Better)) is { } better)
        {
            return new(5, $"contradicted by {Describe(better, grade)}, which stands better than every origin stating it");
        }

        if (proposition.RestsOnRefuted)
        {
            return new(4, "rests on a report refuted on the same subject");
        }

        // A denial matches when no origin stating the claim stands better than it and at least one can be compared with it.
        var matching = contradicting.FirstOrDefault(c =>
            !supporting.Any(s => Compare(s, c) == Standing.Better) && supporting.Any(s => Compare(c, s) != Standing.Unknown));
        if (supporting.Count >= 2 && matching is null)
        {
            // Confirmation takes two origins that report it; origins that only speculate or hedge make it possibly true.
            var reporting = BriefingBuilder.Commitments(proposition.Supporting).Count(c => c.Value >= 1);
            return reporting >= 2
                ? new(1, $"confirmed by {supporting.Count} independent origins ({string.Join(", ", supporting.Select(s => Describe(s, grade)))})")
                : new(3, $"raised by {supporting.Count} independent origins, {(reporting == 0 ? "each" : "all but one")} only speculating or hedging ({string.Join(", ", supporting.Select(s => Describe(s, grade)))})");
        }

        if (matching is not null)
        {
            return new(3, $"stated and contradicted by origins of equal standing ({Describe(matching, grade)} denies it)");
        }

        var only = supporting[0];
        return grade(only) switch
        {
            ReliabilityGrade.A or ReliabilityGrade.B => new(2, $"one independent origin, {Describe(only, grade)}, not contradicted"),
            ReliabilityGrade.C => new(3, $"one origin, {Describe(only, grade)}"),
            ReliabilityGrade.D or ReliabilityGrade.E or ReliabilityGrade.G => new(4, $"one origin, {Describe(only, grade)}"),
            _ => new(6, $"one ungraded origin, {only.Name}, and no confirmation"),
        };
    }

    /// <summary>How <paramref name="a"/> stands against <paramref name="b"/>.</summary>
    internal static Standing CompareOrigins(Origin a, Origin b, Func<Origin, double> reliability, Func<Origin, ReliabilityGrade?> grade)
    {
        var (ra, rb) = (Rank(grade(a)), Rank(grade(b)));
        if (ra is { } x && rb is { } y)
        {
            return x < y ? Standing.Better : x > y ? Standing.Worse : Standing.Equal;
        }

        if (ra is not null || rb is not null)
        {
            return Standing.Unknown;
        }

        var difference = reliability(a) - reliability(b);
        return difference > ReliabilityMargin ? Standing.Better : difference < -ReliabilityMargin ? Standing.Worse : Standing.Equal;
    }

    // A to E in order, G below E; F and ungraded have no place on the ladder.
    private static int? Rank(ReliabilityGrade? grade) => grade switch
    {
        null or ReliabilityGrade.F => null,
        ReliabilityGrade.G => 5,
        { } g => (int)g,
    };

    private static List<Origin> Distinct(IEnumerable<PropositionClaim> claims) =>
        [.. claims.Select(c => c.Origin).DistinctBy(o => o.Id, StringComparer.Ordinal)];

    private static string Describe(Origin origin, Func<Origin, ReliabilityGrade?> grade) =>
        grade(origin) is { } g && g != ReliabilityGrade.F ? $"{origin.Name} ({g})" : $"{origin.Name} (ungraded)";
}
