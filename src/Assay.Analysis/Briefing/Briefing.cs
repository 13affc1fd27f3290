using Assay.Core.Claims;

namespace Assay.Analysis.Briefing;

/// <summary>An assessment product: key judgments with estimative language and a separate confidence statement, the
/// estimative key, sourcing, estimates, contradictions and retractions, changes, gaps and alternatives; every sentence
/// names the claims it rests on.</summary>
public sealed record Briefing
{
    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The date the briefing speaks for.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The date changes are counted from, when asked.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The strongest propositions, judged.</summary>
    public required IReadOnlyList<KeyJudgment> KeyJudgments { get; init; }

    /// <summary>Propositions the analyst has resolved, stated as found rather than judged.</summary>
    public required IReadOnlyList<BriefingSentence> Resolved { get; init; }

    /// <summary>The likelihood bands of the estimative key.</summary>
    public IReadOnlyList<EstimativeBand> Bands { get; init; } = EstimativeLanguage.Bands;

    /// <summary>The confidence levels of the estimative key.</summary>
    public IReadOnlyList<ConfidenceLevel> ConfidenceLevels { get; init; } = Core.Claims.ConfidenceLevels.Levels;

    /// <summary>The sourcing of each key judgment.</summary>
    public required IReadOnlyList<SourcingRow> Sourcing { get; init; }

    /// <summary>Counted subjects with their series.</summary>
    public required IReadOnlyList<BriefingEstimate> Estimates { get; init; }

    /// <summary>Disputes, figures at odds, refuted reports and the analyst's resolutions.</summary>
    public required IReadOnlyList<BriefingSentence> Contradictions { get; init; }

    /// <summary>What changed since <see cref="Since"/>; empty when no date was given.</summary>
    public required IReadOnlyList<BriefingSentence> Changes { get; init; }

    /// <summary>What is not known well enough.</summary>
    public required IReadOnlyList<BriefingSentence> Gaps { get; init; }

    /// <summary>ACH matrices summarised.</summary>
    public required IReadOnlyList<AlternativesSummary> Alternatives { get; init; }

    /// <summary>Every claim a sentence cites, in reference order.</summary>
    public required IReadOnlyList<BriefingClaim> Cited { get; init; }

    /// <summary>Every sentence of the briefing, in reading order.</summary>
    public IEnumerable<BriefingSentence> Sentences()
    {
        foreach (var j in KeyJudgments)
        {
            yield return j.Judgment;
            yield return j.ConfidenceStatement;
            foreach (var n in j.Notes)
            {
                yield return n;
            }
        }

        foreach (var s in Resolved.Concat(Sourcing.SelectMany(r => r.Sentences)).Concat(Estimates.SelectMany(e => e.Sentences))
                     .Concat(Contradictions).Concat(Changes).Concat(Gaps).Concat(Alternatives.SelectMany(a => a.Sentences)))
        {
            yield return s;
        }
    }
}
