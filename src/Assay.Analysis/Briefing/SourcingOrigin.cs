using Assay.Analysis.Story;

namespace Assay.Analysis.Briefing;

/// <summary>One origin behind a judgment, as the sourcing summary lists it.</summary>
/// <param name="Origin">The origin.</param>
/// <param name="Grade">Its Admiralty code ("B", "B2" with the credibility digit), or null when ungraded.</param>
/// <param name="Reliability">Learned reliability (the record's mean; 0.5 when there is no record).</param>
/// <param name="Mentions">Claims of the judgment that trace to it.</param>
/// <param name="Claims">Those claims.</param>
public sealed record SourcingOrigin(Origin Origin, string? Grade, double Reliability, int Mentions, IReadOnlyList<ClaimRef> Claims)
{
    /// <summary>"graded B2" or "ungraded".</summary>
    public string GradeWords => Grade is null ? "ungraded" : "graded " + Grade;
}
