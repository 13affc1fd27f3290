using System.Collections.Frozen;
using System.Globalization;
using Assay.Core.Time;
using Assay.Extraction.Lexicons;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Times;

/// <summary>The data files behind time reading: months, weekdays, relative expressions and relation words.</summary>
internal sealed class TimeLexicon
{
    private TimeLexicon()
    {
        Months = LexiconFile.Read("time-months.tsv")
            .ToFrozenDictionary(r => r.Fields[0], r => new MonthName(int.Parse(r.Fields[1], CultureInfo.InvariantCulture), r.Fields[2] == "yes"), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        Weekdays = LexiconFile.Read("time-weekdays.tsv")
            .ToFrozenDictionary(r => r.Fields[0], r => int.Parse(r.Fields[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        Seasons = LexiconFile.Read("time-seasons.tsv")
            .ToFrozenDictionary(r => r.Fields[0], r => int.Parse(r.Fields[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        Relative = PhraseLexicon.Load("time-relative.tsv", static f =>
            new RelativeTime(Enum.Parse<TimeUnit>(f[1], ignoreCase: true), int.Parse(f[2], CultureInfo.InvariantCulture)));
        Relations = PhraseLexicon.Load("time-relations.tsv", static f => Enum.Parse<TimeRelation>(f[1]));
        var starts = Relative.FirstWords
            .Concat(LexiconFile.Read("time-months.tsv").Select(r => r.Fields[0]))
            .Concat(LexiconFile.Read("time-weekdays.tsv").Select(r => r.Fields[0]))
            .Concat(LexiconFile.Read("time-seasons.tsv").Select(r => r.Fields[0]))
            .Concat(["the", "past", "last", "next", "this"])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        StartWords = starts;
    }

    /// <summary>The lexicon read from the embedded data files, loaded once.</summary>
    public static TimeLexicon Default { get; } = new();

    /// <summary>Month names and abbreviations.</summary>
    public FrozenDictionary<string, MonthName>.AlternateLookup<ReadOnlySpan<char>> Months { get; }

    /// <summary>Weekday names with ISO numbers.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Weekdays { get; }

    /// <summary>Season names with the month each begins in.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Seasons { get; }

    /// <summary>Relative expressions.</summary>
    public PhraseLexicon<RelativeTime> Relative { get; }

    /// <summary>The words a time expression can start with, for <see cref="WordClasses"/>: a first word of a relative
    /// expression, a month, weekday or season name, or one of the modifiers "the", "past", "last", "next", "this".</summary>
    public FrozenSet<string> StartWords { get; }

    /// <summary>Relation words before a time expression.</summary>
    public PhraseLexicon<TimeRelation> Relations { get; }
}
