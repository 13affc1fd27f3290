using System.Globalization;
using Assay.Analysis.Estimates;
using Assay.Analysis.Reliability;
using Assay.Analysis.Story;
using Assay.Storage;

namespace Assay.Workspace;

/// <summary>Reads the analyst's judgments from the decision history, the grades of origins and the resolutions of
/// propositions, and learns the origins' track records from them.</summary>
public static class JudgmentLoader
{
    /// <summary>Decision kind of an Admiralty grade: Subject the origin id, Value the letter.</summary>
    public const string Grade = "grade";

    /// <summary>Decision kind of a resolution: Subject the proposition's anchor claim, Value "confirmed" or "refuted",
    /// Other the true figure (invariant culture) when one was given.</summary>
    public const string Resolve = "resolve";

    /// <summary>The grade in force per origin id: the latest grade decision not undone.</summary>
    public static IReadOnlyDictionary<string, ReliabilityGrade> Grades(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var grades = new Dictionary<string, ReliabilityGrade>(StringComparer.Ordinal);
        foreach (var d in store.Decisions(Grade))
        {
            if (ParseGrade(d.Value) is { } grade)
            {
                grades[d.Subject] = grade;
            }
        }

        return grades;
    }

    /// <summary>The resolutions in force, in the order they were made.</summary>
    public static IReadOnlyList<Resolution> Resolutions(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var resolutions = new List<Resolution>();
        foreach (var d in store.Decisions(Resolve))
        {
            if (ParseOutcome(d.Value) is not { } outcome)
            {
                continue;
            }

            double? value = double.TryParse(d.Other, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
            resolutions.Add(new Resolution(d.Id, d.Subject, outcome, value, d.MadeAt, d.Note));
        }

        return resolutions;
    }

    /// <summary>Every origin's track record in <paramref name="picture"/>, from the grades and resolutions in force.</summary>
    public static IReadOnlyList<OriginRecord> Records(IStore store, StoryPicture picture, TrackRecordOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(picture);
        var grades = Grades(store);
        return TrackRecordBuilder.Build(picture, Resolutions(store), GradeOf(grades), options);
    }

    /// <summary>An origin's grade from <paramref name="grades"/>, null when ungraded.</summary>
    public static Func<Origin, ReliabilityGrade?> GradeOf(IReadOnlyDictionary<string, ReliabilityGrade> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        return o => grades.TryGetValue(o.Id, out var g) ? g : null;
    }

    /// <summary>An origin's grade for pooling estimates: the analyst's letter, F when ungraded.</summary>
    public static Func<Origin, ReliabilityGrade> PoolingGrade(IStore store)
    {
        var grades = Grades(store);
        return o => grades.TryGetValue(o.Id, out var g) ? g : ReliabilityGrade.F;
    }

    /// <summary>"b" or "B" as a grade; null for anything else.</summary>
    public static ReliabilityGrade? ParseGrade(string? letter) =>
        letter is { Length: 1 } && Enum.TryParse<ReliabilityGrade>(letter, ignoreCase: true, out var g) && Enum.IsDefined(g) ? g : null;

    /// <summary>"confirmed" or "refuted" as an outcome; null for anything else.</summary>
    public static ResolutionOutcome? ParseOutcome(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "confirmed" => ResolutionOutcome.Confirmed,
        "refuted" => ResolutionOutcome.Refuted,
        _ => null,
    };
}
