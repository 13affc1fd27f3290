using Assay.Core.Claims;

namespace Assay.Analysis.Story;

/// <summary>The same statement across articles: the claims that make it or deny it, their origins, and what
/// marks it (contested, refuted, resting on a refuted report).</summary>
public sealed record Proposition
{
    /// <summary>Stable id: "p" and the reference of its earliest claim ("p12.c3").</summary>
    public required string Id { get; init; }

    /// <summary>Event type shared by its claims.</summary>
    public required EventType Event { get; init; }

    /// <summary>What it is about.</summary>
    public required Subject Subject { get; init; }

    /// <summary>The figures its supporting claims agree on, when it carries a figure.</summary>
    public FigureRange? Figure { get; init; }

    /// <summary>Short readable form ("deploy · 10,000–12,000 north korean troops in Russia").</summary>
    public required string Label { get; init; }

    /// <summary>The sentence of its earliest supporting claim (or earliest claim).</summary>
    public required string Statement { get; init; }

    /// <summary>Its claims, oldest first.</summary>
    public required IReadOnlyList<PropositionClaim> Claims { get; init; }

    /// <summary>Distinct origins of its supporting claims: the corroboration count.</summary>
    public required IReadOnlyList<Origin> Origins { get; init; }

    /// <summary>Distinct outlets that carried any of its claims.</summary>
    public required int Outlets { get; init; }

    /// <summary>Effective number of independent sources (docs/story.md); at most <see cref="Origins"/>.Count.</summary>
    public required double EffectiveSources { get; init; }

    /// <summary>Earliest as-of date among its claims.</summary>
    public DateOnly? FirstSeen { get; init; }

    /// <summary>Latest as-of date among its claims.</summary>
    public DateOnly? LastSeen { get; init; }

    /// <summary>True when its supporting claims speak of what could or will happen, not of what is.</summary>
    public bool Projection { get; init; }

    /// <summary>True when some claim denies or refutes it, or another proposition contradicts it.</summary>
    public bool Contested { get; init; }

    /// <summary>True when shown false or withdrawn.</summary>
    public bool Refuted { get; init; }

    /// <summary>True when it rests on an origin or an article whose report on the same subject was refuted.</summary>
    public bool RestsOnRefuted { get; init; }

    /// <summary>The ids of the refuted propositions it rests on (see <see cref="RestsOnRefuted"/>), first found first.</summary>
    public IReadOnlyList<string> RestsOn { get; init; } = [];

    /// <summary>Why the marks were set, one line each, naming the claims.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How claims joined beyond the lexical key ("meaning 0.93 with p4.c2", "analyst merge #3"); empty when none.</summary>
    public IReadOnlyList<string> Joins { get; init; } = [];

    /// <summary>Number of claims: the mentions, repeats included.</summary>
    public int Mentions => Claims.Count;

    /// <summary>Claims that state it.</summary>
    public IEnumerable<PropositionClaim> Supporting => Claims.Where(c => c.Role == ClaimRole.Supports);

    /// <summary>Claims that deny or refute it.</summary>
    public IEnumerable<PropositionClaim> Contradicting => Claims.Where(c => c.Role == ClaimRole.Contradicts);
}
