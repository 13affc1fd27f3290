using System.Collections.Frozen;
using System.Globalization;
using Assay.Core.Time;
using Assay.Extraction.Annotators.Quantities;
using Assay.Extraction.Lexicons;

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
        Relative = new PhraseTable<RelativeTime>(LexiconFile.Read("time-relative.tsv").Select(r =>
            (r.Fields[0], new RelativeTime(Enum.Parse<TimeUnit>(r.Fields[1], ignoreCase: true), int.Parse(r.Fields[2], CultureInfo.InvariantCulture)))));
        Relations = new PhraseTable<TimeRelation>(LexiconFile.Read("time-relations.tsv").Select(r => (r.Fields[0], Enum.Parse<TimeRelation>(r.Fields[1]))));
    }

    /// <summary>The lexicon read from the embedded data files, loaded once.</summary>
    public static TimeLexicon Default { get; } = new();

    /// <summary>Month names and abbreviations.</summary>
    public FrozenDictionary<string, MonthName>.AlternateLookup<ReadOnlySpan<char>> Months { get; }

    /// <summary>Weekday names with ISO numbers.</summary>
    public FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Weekdays { get; }

    /// <summary>Relative expressions.</summary>
    public PhraseTable<RelativeTime> Relative { get; }

    /// <summary>Relation words before a time expression.</summary>
    public PhraseTable<TimeRelation> Relations { get; }
}
