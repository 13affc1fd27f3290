using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;

namespace Assay.Analysis.Briefing;

/// <summary>Everything a briefing is built from.</summary>
/// <param name="Picture">The story picture.</param>
/// <param name="Series">Estimate series, most claims first.</param>
/// <param name="Records">Track records by <see cref="Origin.Id"/>; a missing origin is ungraded (F's prior mean 0.5).</param>
/// <param name="Resolutions">The analyst's resolutions in force.</param>
/// <param name="Alternatives">ACH matrices to summarise.</param>
/// <param name="AsOf">The date the briefing speaks for.</param>
/// <param name="Since">When given, the briefing says what changed on or after this date.</param>
/// <param name="Credibility">The information-credibility digit (1–6) of a proposition, when graded.</param>
/// <param name="Options">Builder knobs.</param>
public sealed record BriefingInput(
    StoryPicture Picture,
    IReadOnlyList<SubjectSeries> Series,
    IReadOnlyDictionary<string, OriginRecord> Records,
    IReadOnlyList<Resolution> Resolutions,
    IReadOnlyList<BriefingAlternatives> Alternatives,
    DateOnly AsOf,
    DateOnly? Since,
    Func<Proposition, int>? Credibility,
    BriefingOptions Options);
