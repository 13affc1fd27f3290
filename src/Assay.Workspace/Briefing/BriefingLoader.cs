using Assay.Analysis.Briefing;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Storage;
using Assay.Workspace;
using Assay.Workspace.Ach;

namespace Assay.Workspace.Briefing;

/// <summary>Builds a briefing from a store: the story picture, the analyst's grades, resolutions and ACH matrices in force,
/// and the estimate series weighted by those grades.</summary>
public static class BriefingLoader
{
    /// <summary>The briefing of <paramref name="picture"/>, speaking for the newest date its claims reach.</summary>
    public static Analysis.Briefing.Briefing Build(IStore store, StoryPicture picture, DateOnly? since = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(picture);
        // The history is read once: grades and resolutions give the track records and the credibility suggestions both.
        var grades = JudgmentLoader.Grades(store);
        var resolutions = JudgmentLoader.Resolutions(store);
        var records = TrackRecordBuilder.Build(picture, resolutions, JudgmentLoader.GradeOf(grades)).ToDictionary(r => r.Origin.Id, StringComparer.Ordinal);
        var series = SeriesBuilder.Build(picture, o => records.TryGetValue(o.Id, out var r) && r.Grade is { } g ? g : ReliabilityGrade.F);
        var asOf = picture.Propositions.Select(p => p.LastSeen).Max() ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var alternatives = BriefingAlternativesFactory.Create(AchLoader.Load(store).Select(s => s.Matrix), picture);
        var credibility = PropositionCredibility.From(picture, grades, resolutions, records.Values);
        var options = BriefingOptions.Default with { Title = string.IsNullOrWhiteSpace(title) ? BriefingOptions.Default.Title : title.Trim() };
        return BriefingBuilder.Build(new BriefingInput(
            picture, series, records, resolutions, alternatives, asOf, since, p => credibility.Suggest(p).Digit, options));
    }
}
