using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Storage;

namespace Assay.Workspace;

/// <summary>The Admiralty code Assay suggests for each proposition of a picture ("B2"): the best grade among the origins
/// stating it, and the credibility digit from <see cref="CredibilitySuggester"/>, with the analyst's grades, resolutions
/// and the origins' learned reliability read from the store once.</summary>
public sealed class PropositionCredibility
{
    private readonly IReadOnlyDictionary<string, ReliabilityGrade> _grades;
    private readonly Dictionary<string, double> _reliability;
    private readonly Dictionary<string, ResolutionOutcome> _resolved;

    private PropositionCredibility(
        IReadOnlyDictionary<string, ReliabilityGrade> grades, Dictionary<string, double> reliability, Dictionary<string, ResolutionOutcome> resolved)
    {
        _grades = grades;
        _reliability = reliability;
        _resolved = resolved;
    }

    /// <summary>Reads the judgments in force for <paramref name="picture"/>.</summary>
    public static PropositionCredibility Load(IStore store, StoryPicture picture)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(picture);
        var grades = JudgmentLoader.Grades(store);
        var resolutions = JudgmentLoader.Resolutions(store);
        return From(picture, grades, resolutions, TrackRecordBuilder.Build(picture, resolutions, JudgmentLoader.GradeOf(grades)));
    }

    /// <summary>From judgments already read: the grades, the resolutions and the track records they give.</summary>
    public static PropositionCredibility From(
        StoryPicture picture, IReadOnlyDictionary<string, ReliabilityGrade> grades, IReadOnlyList<Resolution> resolutions, IEnumerable<OriginRecord> records)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(grades);
        ArgumentNullException.ThrowIfNull(resolutions);
        ArgumentNullException.ThrowIfNull(records);
        var resolved = new Dictionary<string, ResolutionOutcome>(StringComparer.Ordinal);
        foreach (var r in resolutions.OrderBy(r => r.At).ThenBy(r => r.DecisionId))
        {
            if (picture.Find(r.Anchor) is { } p)
            {
                resolved[p.Id] = r.Outcome;
            }
        }

        return new PropositionCredibility(grades, records.ToDictionary(r => r.Origin.Id, r => r.Mean, StringComparer.Ordinal), resolved);
    }

    /// <summary>The suggested credibility digit of <paramref name="proposition"/> and why.</summary>
    public CredibilitySuggestion Suggest(Proposition proposition)
    {
        ArgumentNullException.ThrowIfNull(proposition);
        return CredibilitySuggester.Suggest(
            proposition,
            o => _reliability.GetValueOrDefault(o.Id, 0.5),
            Grade,
            _resolved.TryGetValue(proposition.Id, out var outcome) ? outcome : null);
    }

    /// <summary>The code, "B2": the best letter among the origins stating it (F when none is graded) and the digit.</summary>
    public string Code(Proposition proposition)
    {
        ArgumentNullException.ThrowIfNull(proposition);
        var letter = proposition.Supporting.Select(c => Grade(c.Origin)).OfType<ReliabilityGrade>()
            .Where(g => g != ReliabilityGrade.F)
            .Select(g => (ReliabilityGrade?)g)
            .OrderBy(g => g == ReliabilityGrade.G ? int.MaxValue : (int)g!.Value)
            .FirstOrDefault() ?? ReliabilityGrade.F;
        return letter.ToString() + Suggest(proposition).Digit.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The analyst's grade of an origin, null when ungraded.</summary>
    public ReliabilityGrade? Grade(Origin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return _grades.TryGetValue(origin.Id, out var g) ? g : null;
    }
}
