using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Workspace;

namespace Assay.Interop.Misp;

/// <summary>What the analyst and Assay hold of each proposition, read once per export: the Admiralty code, the briefing's
/// likelihood and confidence, and the resolution in force.</summary>
internal sealed class MispJudgments
{
    private readonly PropositionCredibility _credibility;
    private readonly Dictionary<string, KeyJudgment> _judgments;
    private readonly Dictionary<string, Resolution> _resolutions = new(StringComparer.Ordinal);

    public MispJudgments(InteropSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var picture = snapshot.Picture;
        _credibility = PropositionCredibility.From(picture, snapshot.Grades, snapshot.Resolutions, snapshot.Records);
        foreach (var r in snapshot.Resolutions.OrderBy(r => r.At).ThenBy(r => r.DecisionId))
        {
            if (picture.Find(r.Anchor) is { } p)
            {
                _resolutions[p.Id] = r;
            }
        }

        // The briefing's own judgments, for every proposition it would judge rather than its top few: the likelihood
        // words in MISP are then the ones `assay brief` prints, from the same witness model.
        var records = snapshot.Records.ToDictionary(r => r.Origin.Id, StringComparer.Ordinal);
        var asOf = picture.Propositions.Select(p => p.LastSeen).Max() ?? DateOnly.FromDateTime(snapshot.Created.UtcDateTime);
        var briefing = BriefingBuilder.Build(new BriefingInput(
            picture, snapshot.Series, records, snapshot.Resolutions, [], asOf, null,
            p => _credibility.Suggest(p).Digit, BriefingOptions.Default with { MaxJudgments = int.MaxValue }));
        _judgments = briefing.KeyJudgments.ToDictionary(k => k.PropositionId, StringComparer.Ordinal);
    }

    /// <summary>The best analyst grade among the origins stating it (A best, G last), or null when none is graded.</summary>
    public ReliabilityGrade? Reliability(Proposition p) =>
        p.Supporting.Select(c => _credibility.Grade(c.Origin)).OfType<ReliabilityGrade>()
            .OrderBy(g => g == ReliabilityGrade.G ? int.MaxValue : (int)g)
            .Select(g => (ReliabilityGrade?)g)
            .FirstOrDefault();

    /// <summary>The suggested credibility digit and why.</summary>
    public CredibilitySuggestion Credibility(Proposition p) => _credibility.Suggest(p);

    /// <summary>The briefing's judgment of it, or null when the briefing does not judge it (resolved, no subject and no
    /// figure, or no supporting origin).</summary>
    public KeyJudgment? Judgment(Proposition p) => _judgments.GetValueOrDefault(p.Id);

    /// <summary>The resolution in force, or null.</summary>
    public Resolution? Resolution(Proposition p) => _resolutions.GetValueOrDefault(p.Id);
}
