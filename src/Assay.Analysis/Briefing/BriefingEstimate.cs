using Assay.Analysis.Estimates;

namespace Assay.Analysis.Briefing;

/// <summary>One counted subject in the briefing: its series (the writer draws the chart from it) and what is said of it.</summary>
/// <param name="Series">The subject's estimate series.</param>
/// <param name="Sentences">The best-supported range, then revisions newest first.</param>
public sealed record BriefingEstimate(SubjectSeries Series, IReadOnlyList<BriefingSentence> Sentences);
