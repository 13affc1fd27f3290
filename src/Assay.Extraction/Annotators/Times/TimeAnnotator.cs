using Assay.Core.Quantities;
using Assay.Core.Text;
using Assay.Core.Time;
using Assay.Extraction.Annotators.Quantities;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Times;

/// <summary>Finds dates, months, years and relative expressions and resolves them against the publication date.</summary>
/// <remarks>Without a publication date, absolute dates still resolve and relative ones ("last week", "Oct. 28")
/// are skipped. A bare year needs a time word before it ("in 2023", "since 2022"), so counts are not read as years.</remarks>
public sealed class TimeAnnotator : IAnnotator
{
    private static readonly string[] YearContext =
        ["in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "early", "late", "mid", "least", "to", "as",
         "through", "throughout", "summer", "spring", "autumn", "winter", "fall", "year"];

    private static readonly string[] MonthContext =
        ["in", "since", "by", "until", "till", "from", "during", "before", "after", "early", "late", "mid", "through", "throughout", "of", "as", "to"];

    private static readonly string[] Modifiers = ["last", "next", "this"];

    // Modals that look ahead from a past moment: "had said the total would reach".
    private static readonly string[] FutureInThePast = ["would", "will", "could"];

    private static readonly string[] PartsOfDay = ["morning", "afternoon", "evening", "night"];

    private readonly TimeLexicon _lexicon = TimeLexicon.Default;

    /// <inheritdoc/>
    public string Name => "times";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var regions = document.FigureRegions.Count;
        var published = document.Article.Published;
        for (var r = 0; r < regions; r++)
        {
            var v = new TokenView(document.Text, document.FigureTokens(r));
            var classes = document.FigureTokenClasses(r);
            for (var i = 0; i < v.Count; i++)
            {
                // A word starts a time expression only if it (or, for a name, its possessive) is a time start word.
                if (v[i].Kind is not (TokenKind.Word or TokenKind.Number) || (v[i].Kind == TokenKind.Word && (classes[i] & WordClass.TimeStart) == 0))
                {
                    continue;
                }

                if (!Match(v, i, published, out var m))
                {
                    continue;
                }

                // Relation words are looked up only once something matched: most tokens start no time expression.
                var relationLength = RelationBefore(v, m.Start, out var relation);

                var span = new TextSpan(v[m.Start - relationLength].Start, v[m.End - 1].End);
                if (m.Cue == "date:day-range" && OverlapsQuantity(document.Quantities, span))
                {
                    // The second day was read as a count: the month stands on the first day alone.
                    span = new TextSpan(span.Start, v[RangeJoiner(v, m.End) - 1].End);
                }

                if (!OverlapsQuantity(document.Quantities, span))
                {
                    var text = document.Text.Substring(span.Start, span.Length);
                    document.Times.Add(new TimeRef(span, text, m.Value, m.Granularity, relation, m.Cue));
                }

                i = m.End - 1;
            }
        }
    }

    private int RelationBefore(in TokenView v, int start, out TimeRelation relation)
    {
        var length = _lexicon.Relations.MatchBackward(v.Text, v.Tokens, start, 0, out relation);
        if (length == 0)
        {
            relation = TimeRelation.At;
        }

        return length;
    }

    // The time expression starting at token i. A found match and a miss are told apart by the result rather than a
    // nullable: most tokens match nothing, and a null struct copied out costs more than the tests that found it.
    private bool Match(in TokenView v, int i, DateOnly? published, out TimeMatch match)
    {
        match = default;
        if (v[i].Kind == TokenKind.Number)
        {
            return Found(NumericDate(v, i) ?? DayMonth(v, i, published) ?? Year(v, i), out match);
        }

        var relative = _lexicon.MatchRelative(v.Text, v.Tokens, i, v.Count, out var r);
        if (relative > 0)
        {
            if (published is not { } p)
            {
                return false;
            }

            if (r.Unit == TimeUnit.Day && r.Offset == 0 && v.IsWord(i + relative, "on"))
            {
                // "overnight on 9 June": the date that follows is the time.
                return false;
            }

            var (value, granularity) = TimeResolver.Relative(r, p);
            match = new TimeMatch(i, i + relative, value, granularity, Cue("relative:", v, i, i + relative));
            return true;
        }

        if (PastDay(v, i) is { } end)
        {
            return published is { } pd && Found(new TimeMatch(i, end, TimeResolver.Day(pd), TimeGranularity.Day, "relative:past-24-hours"), out match);
        }

        var modifier = Modifier(v, i);
        if (modifier is { } seasonModifier && i + 1 < v.Count && _lexicon.Seasons.TryGetValue(v.Chars(i + 1), out var season))
        {
            return published is { } ps
                && Found(new TimeMatch(i, i + 2, TimeResolver.Year(TimeResolver.SeasonYear(season, ps, seasonModifier)), TimeGranularity.Year, "season:" + seasonModifier), out match);
        }

        if (BareSeason(v, i) is { } bare)
        {
            return published is { } pb
                && Found(new TimeMatch(i, i + 1, TimeResolver.Year(TimeResolver.SeasonYear(bare.Month, pb, bare.Reading)), TimeGranularity.Year, "season"), out match);
        }

        if (modifier is not null && v.IsCapitalised(i + 1))
        {
            return Named(v, i + 1, published, modifier, i, out match);
        }

        return v.IsCapitalised(i) && Named(v, i, published, null, i, out match);
    }

    private static bool Found(TimeMatch? found, out TimeMatch match)
    {
        match = found.GetValueOrDefault();
        return found.HasValue;
    }

    private static bool Found(TimeMatch found, out TimeMatch match)
    {
        match = found;
        return true;
    }

    // "by summer", "since spring", "over the summer": a season after a time word. A deadline is the first one not
    // yet over, a start the latest one begun, anything else the nearest.
    private (int Month, string Reading)? BareSeason(in TokenView v, int i)
    {
        if (!_lexicon.Seasons.TryGetValue(v.Chars(i), out var month) || YearNumber(v, v.IsWord(i + 1, "of") ? i + 2 : i + 1) is not null)
        {
            // "the summer of 2025" is read from its year.
            return null;
        }

        var word = v.IsWord(i - 1, "the") && v.IsAnyWord(i - 2, "over", "during", "in", "by", "through") ? i - 2 : i - 1;
        return v.IsAnyWord(word, "by", "until", "till") ? (month, "by")
            : v.IsWord(word, "since") ? (month, "since")
            : v.IsAnyWord(word, "in", "over", "during", "through") ? (month, "this")
            : null;
    }

    // The token joining the two days of a range ("and" in "Oct. 8 and 13"), found from the range's end.
    private static int RangeJoiner(in TokenView v, int end)
    {
        var k = end - 1;
        while (k > 0 && !(v.IsAnyWord(k, "and", "to") || v.IsPunct(k, '-') || v.IsPunct(k, '\u2013')))
        {
            k--;
        }

        return k;
    }

    // What a past perfect before a deadline makes of it: none found, a deadline already met ("had been moved by
    // Monday", read like "on Monday"), or one set in the past and looked ahead to from then ("had projected in October
    // that the total would reach 10,000 by December": the nearer "would" keeps it a deadline).
    private enum PastPerfect
    {
        None,
        Met,
        LookedAhead,
    }

    private static PastPerfect DeadlineAfterHad(in TokenView v, int start)
    {
        var ahead = false;
        for (var k = start - 1; k >= 0 && k >= start - 12 && !v.IsBoundary(k); k--)
        {
            if (v.IsAnyWord(k, FutureInThePast))
            {
                ahead = true;
            }
            else if (v.IsWord(k, "had"))
            {
                return ahead ? PastPerfect.LookedAhead : PastPerfect.Met;
            }
        }

        return PastPerfect.None;
    }

    // A deadline already met is read like "at" that time.
    private static TimeRelation Completed(in TokenView v, int start, TimeRelation relation) =>
        relation == TimeRelation.By && DeadlineAfterHad(v, start) == PastPerfect.Met ? TimeRelation.At : relation;

    // "the past 24 hours", "the last 24 hours": the day of the report, like "the past day".
    private static int? PastDay(in TokenView v, int i)
    {
        var at = v.IsWord(i, "the") ? i + 1 : i;
        return at + 2 < v.Count && v.IsAnyWord(at, "past", "last") && v.Chars(at + 1) is "24" && v.IsWord(at + 2, "hours") ? at + 3 : null;
    }

    // A month or weekday name, with what follows it.
    private bool Named(in TokenView v, int i, DateOnly? published, string? modifier, int start, out TimeMatch match)
    {
        match = default;
        var name = NameAt(v, i, out var possessive);
        if (_lexicon.Weekdays.TryGetValue(name, out var weekday))
        {
            // A weekday stands for a day almost everywhere in news ("said Tuesday", "Wednesday's strike"), except
            // inside a name such as "Black Friday" or "Super Tuesday".
            if (published is not { } p || (modifier is null && v.IsCapitalised(i - 1) && !v.IsAnyWord(i - 1, "On", "Since", "By", "Until", "From", "Before", "After")))
            {
                return false;
            }

            RelationBefore(v, start, out var relation);
            var day = TimeResolver.Weekday(weekday, p, Completed(v, start, relation), modifier);
            var weekdayEnd = !possessive && v.IsAnyWord(i + 1, PartsOfDay) ? i + 2 : i + 1;
            return Found(new TimeMatch(start, weekdayEnd, TimeResolver.Day(day), TimeGranularity.Day, modifier is null ? "weekday" : "weekday:" + modifier), out match);
        }

        if (!_lexicon.Months.TryGetValue(name, out var month))
        {
            return false;
        }

        if (modifier is null && (possessive || (!month.Abbreviation && month.Month != 5 && (v.IsWord(i + 1, "alone") || (i == 0 && IsLowerWord(v, i + 1))))))
        {
            // "October's figure", "December alone saw", "November was the costliest month": the month itself is
            // meant ("May" is left out: at the head of a sentence it is mostly the verb).
            return published is { } pm
                && Found(new TimeMatch(start, i + 1, TimeResolver.Month(TimeResolver.MonthYear(month.Month, pm, TimeRelation.At, null), month.Month), TimeGranularity.Month, "month:named"), out match);
        }

        if (modifier is null && !month.Abbreviation && IsOwnedFigure(v, i))
        {
            // "the agency's January estimate", "its March count": the month names when the owner's figure was given.
            return published is { } po
                && Found(new TimeMatch(start, i + 1, TimeResolver.Month(TimeResolver.MonthYear(month.Month, po, TimeRelation.At, null), month.Month), TimeGranularity.Month, "month:figure"), out match);
        }

        var j = i + 1;
        var stop = month.Abbreviation && v.IsPunct(j, '.') && v.Glued(j);
        if (stop)
        {
            j++;
        }

        if (DayNumber(v, j) is { } dayOfMonth)
        {
            var k = SkipOrdinal(v, j + 1);
            var afterComma = v.IsPunct(k, ',') ? k + 1 : k;
            if (YearNumber(v, afterComma) is { } year)
            {
                return TimeResolver.Date(year, month.Month, dayOfMonth) is { } d
                    && Found(new TimeMatch(start, afterComma + 1, TimeResolver.Day(d), TimeGranularity.Day, Dateline(v, start) ?? "date:month-day-year"), out match);
            }

            if (published is not { } p || TimeResolver.Nearest(month.Month, dayOfMonth, p) is not { } near)
            {
                return false;
            }

            // "between Oct. 8 and 13", "Oct. 8-13": two days of one month are read as the month.
            if (DayRangeEnd(v, k, dayOfMonth) is { } rangeEnd)
            {
                return Found(new TimeMatch(start, rangeEnd, TimeResolver.Month(near.Year, near.Month), TimeGranularity.Month, "date:day-range"), out match);
            }

            return Found(new TimeMatch(start, k, TimeResolver.Day(near), TimeGranularity.Day, Dateline(v, start) ?? "date:month-day"), out match);
        }

        if (month.Abbreviation && !stop)
        {
            return false;
        }

        if (YearNumber(v, j) is { } y)
        {
            return Found(new TimeMatch(start, j + 1, TimeResolver.Month(y, month.Month), TimeGranularity.Month, "month-year"), out match);
        }

        if (v.IsWord(j, "of") && YearNumber(v, j + 1) is { } ofYear)
        {
            return Found(new TimeMatch(start, j + 2, TimeResolver.Month(ofYear, month.Month), TimeGranularity.Month, "month-of-year"), out match);
        }

        // "June of last year", "July last year", "March this year".
        var yearAt = v.IsWord(j, "of") ? j + 1 : j;
        if (_lexicon.MatchRelative(v.Text, v.Tokens, yearAt, v.Count, out var rel) is var n and > 0 && rel.Unit == TimeUnit.Year)
        {
            return published is { } p
                && Found(new TimeMatch(start, yearAt + n, TimeResolver.Month(p.Year + rel.Offset, month.Month), TimeGranularity.Month, Cue("month-of-", v, yearAt, yearAt + n)), out match);
        }

        // "in mid-October", "early to mid-October": the hyphen stands between the time word and the month.
        var context = v.IsPunct(i - 1, '-') && v.Glued(i) && v.IsAnyWord(i - 2, "mid", "early", "late") ? i - 2 : i - 1;
        if (stop || published is not { } pub || (modifier is null && !v.IsAnyWord(context, MonthContext)))
        {
            return false;
        }

        // "since late December": the qualifier joins the time, so the relation word before it is found.
        if (modifier is null && context == i - 1 && v.IsAnyWord(i - 1, "early", "late", "mid"))
        {
            start = i - 1;
        }
        else if (context == i - 2)
        {
            start = i - 2;
        }

        RelationBefore(v, start, out var monthRelation);
        // A deadline looked ahead to from the past takes the month nearest publication: ahead of a projection made
        // weeks ago, or behind publication when it was made months before.
        var pastPerfect = monthRelation == TimeRelation.By ? DeadlineAfterHad(v, start) : PastPerfect.None;
        var monthYear = modifier is null && pastPerfect == PastPerfect.LookedAhead
            ? TimeResolver.NearestMonthYear(month.Month, pub)
            : TimeResolver.MonthYear(month.Month, pub, pastPerfect == PastPerfect.Met ? TimeRelation.At : monthRelation, modifier);

        // "in January and February", "from March to May": two months together are read as their year.
        if (v.IsAnyWord(j, "and", "to", "through") && v.IsCapitalised(j + 1) && _lexicon.Months.TryGetValue(v.Chars(j + 1), out var second)
            && !second.Abbreviation && second.Month > month.Month)
        {
            return Found(new TimeMatch(start, j + 2, TimeResolver.Year(monthYear), TimeGranularity.Year, "months"), out match);
        }

        return Found(new TimeMatch(start, j, TimeResolver.Month(monthYear, month.Month), TimeGranularity.Month, modifier is null ? "month" : "month:" + modifier), out match);
    }

    // "21 October 2024", "21 Oct".
    private TimeMatch? DayMonth(in TokenView v, int i, DateOnly? published)
    {
        if (DayNumber(v, i) is not { } day)
        {
            return null;
        }

        var j = SkipOrdinal(v, i + 1);
        if (v.IsWord(j, "of"))
        {
            j++;
        }

        if (!v.IsCapitalised(j) || !_lexicon.Months.TryGetValue(v.Chars(j), out var month))
        {
            return null;
        }

        var k = j + 1;
        if (month.Abbreviation && v.IsPunct(k, '.') && v.Glued(k))
        {
            k++;
        }

        var afterComma = v.IsPunct(k, ',') ? k + 1 : k;
        if (YearNumber(v, afterComma) is { } year)
        {
            return TimeResolver.Date(year, month.Month, day) is { } d ? new TimeMatch(i, afterComma + 1, TimeResolver.Day(d), TimeGranularity.Day, "date:day-month-year") : null;
        }

        return published is { } p && TimeResolver.Nearest(month.Month, day, p) is { } near
            ? new TimeMatch(i, k, TimeResolver.Day(near), TimeGranularity.Day, "date:day-month")
            : null;
    }

    // "2024-10-28"; "21/10/2024" only when the order is plain (one part above 12).
    private static TimeMatch? NumericDate(in TokenView v, int i)
    {
        var a = v.Chars(i);
        if (a.Length == 4 && IsDatePart(v, i + 1, '-') && IsDatePart(v, i + 3, '-') && Part(v, i + 2) is { } mm && Part(v, i + 4) is { } dd
            && YearNumber(v, i) is { } year)
        {
            return TimeResolver.Date(year, mm, dd) is { } d ? new TimeMatch(i, i + 5, TimeResolver.Day(d), TimeGranularity.Day, "date:iso") : null;
        }

        foreach (var sep in "/.")
        {
            if (a.Length <= 2 && IsDatePart(v, i + 1, sep) && IsDatePart(v, i + 3, sep) && Part(v, i) is { } x && Part(v, i + 2) is { } y
                && YearNumber(v, i + 4) is { } yr)
            {
                var (day, month) = x > 12 && y <= 12 ? (x, y) : y > 12 && x <= 12 ? (y, x) : (0, 0);
                return day > 0 && TimeResolver.Date(yr, month, day) is { } d
                    ? new TimeMatch(i, i + 5, TimeResolver.Day(d), TimeGranularity.Day, "date:numeric")
                    : null;
            }
        }

        return null;
    }

    private static TimeMatch? Year(in TokenView v, int i)
    {
        if (YearNumber(v, i) is not { } year || (v.Glued(i) && !v.IsPunct(i - 1, '-')) || (v.Glued(i + 1) && v.IsWord(i + 1)))
        {
            return null;
        }

        // "mid-2023", "early-2022".
        var context = v.IsPunct(i - 1, '-') && v.Glued(i) ? i - 2 : i - 1;
        if (context == i - 2 && !v.IsAnyWord(context, "mid", "early", "late"))
        {
            return null;
        }

        if (!v.IsAnyWord(context, YearContext))
        {
            return null;
        }

        // "since late 2022", "mid-2023": the qualifier is part of the time, so a relation word before it is found.
        var start = context == i - 2 ? context : v.IsAnyWord(i - 1, "early", "late", "mid") ? i - 1 : i;

        // "by the end of 2024" means its last month.
        return v.IsWord(i - 1, "of") && v.IsWord(i - 2, "end")
            ? new TimeMatch(i, i + 1, TimeResolver.Month(year, 12), TimeGranularity.Month, "year-end")
            : new TimeMatch(start, i + 1, TimeResolver.Year(year), TimeGranularity.Year, "year");
    }

    // The end of "8 and 13" or "8-13" after a first day, when no month follows the second day.
    private int? DayRangeEnd(in TokenView v, int k, int firstDay)
    {
        var joined = v.IsAnyWord(k, "and", "to") || ((v.IsPunct(k, '-') || v.IsPunct(k, '\u2013')) && v.Glued(k + 1));
        if (!joined || DayNumber(v, k + 1) is not { } last || last <= firstDay)
        {
            return null;
        }

        var end = SkipOrdinal(v, k + 2);
        return v.IsCapitalised(end) && _lexicon.Months.TryGetValue(v.Chars(end), out _) ? null : end;
    }

    // The word at i without a possessive ending ("Wednesday's" → "Wednesday").
    private static ReadOnlySpan<char> NameAt(in TokenView v, int i, out bool possessive)
    {
        var chars = v.Chars(i);
        possessive = chars.Length > 2 && chars[^1] is 's' && chars[^2] is '\'' or '\u2019';
        return possessive ? chars[..^2] : chars;
    }

    private static readonly string[] FigureNouns = ["estimate", "estimates", "figure", "figures", "count", "tally", "toll", "assessment"];

    // A month between an owner and its figure noun: "the agency's January estimate", "its March count".
    private static bool IsOwnedFigure(in TokenView v, int i)
    {
        if (!v.IsAnyWord(i + 1, FigureNouns) || !v.IsWord(i - 1))
        {
            return false;
        }

        var owner = v.Chars(i - 1);
        return owner.Equals("its", StringComparison.OrdinalIgnoreCase) || owner.Equals("their", StringComparison.OrdinalIgnoreCase)
            || (owner.Length > 2 && owner[^1] == 's' && owner[^2] is '\'' or '\u2019');
    }

    private static bool IsLowerWord(in TokenView v, int i) => v.IsWord(i) && char.IsLower(v.Text[v[i].Start]);

    private static int? YearNumber(in TokenView v, int i)
    {
        if (i < 0 || i >= v.Count || v[i].Kind != TokenKind.Number || v[i].Length != 4 || !int.TryParse(v.Chars(i), out var y))
        {
            return null;
        }

        return y is >= 1900 and <= 2100 ? y : null;
    }

    private static int? DayNumber(in TokenView v, int i) =>
        i < v.Count && v[i].Kind == TokenKind.Number && v[i].Length <= 2 && int.TryParse(v.Chars(i), out var d) && d is >= 1 and <= 31 ? d : null;

    private static int? Part(in TokenView v, int i) =>
        i < v.Count && v[i].Kind == TokenKind.Number && v[i].Length <= 2 && int.TryParse(v.Chars(i), out var d) ? d : null;

    private static bool IsDatePart(in TokenView v, int i, char separator) => v.IsPunct(i, separator) && v.Glued(i) && v.Glued(i + 1);

    private static int SkipOrdinal(in TokenView v, int i) => v.Glued(i) && v.IsAnyWord(i, "st", "nd", "rd", "th") ? i + 1 : i;

    private static string? Modifier(in TokenView v, int i)
    {
        foreach (var m in Modifiers)
        {
            if (v.IsWord(i, m))
            {
                return m;
            }
        }

        return null;
    }

    // "SEOUL, Oct 23 (Reuters) -": a place in capitals and a comma before a date at the start of a sentence.
    private static string? Dateline(in TokenView v, int start)
    {
        if (start < 2 || start > 4 || !v.IsPunct(start - 1, ','))
        {
            return null;
        }

        var place = v.Chars(start - 2);
        return place.Length > 1 && TokenView.AllInRange(place, 'A', 'Z') ? "dateline" : null;
    }

    // "relative:last-week": the prefix and the words [start, end) as written, lowered, spaces as hyphens, in one string.
    private static string Cue(string prefix, in TokenView v, int start, int end)
    {
        var words = v.Text.AsSpan(v[start].Start, v[end - 1].End - v[start].Start);
        var length = prefix.Length + words.Length;
        var buffer = length <= TokenView.StackChars ? stackalloc char[TokenView.StackChars] : new char[length];
        prefix.CopyTo(buffer);
        var cue = buffer[prefix.Length..length];
        words.ToLowerInvariant(cue);
        cue.Replace(' ', '-');
        return RecentStrings.Get(buffer[..length]);
    }

    private static bool OverlapsQuantity(List<Quantity> quantities, TextSpan span)
    {
        int lo = 0, hi = quantities.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var q = quantities[mid].Span;
            if (q.Overlaps(span))
            {
                return true;
            }

            if (q.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }
}
