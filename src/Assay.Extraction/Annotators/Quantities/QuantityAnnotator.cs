using System.Text;
using Assay.Core.Quantities;
using Assay.Core.Text;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Finds numbers and ranges with their qualifier, the thing counted and its scope.</summary>
/// <remarks>Works sentence by sentence (by paragraph when no sentences were found) over tokens, one linear pass;
/// every look-around is bounded, so long or odd input cannot make it slow.</remarks>
public sealed class QuantityAnnotator : IAnnotator
{
    private const int NegationWindow = 6;

    private static readonly WordSet TimeWords = new(["in", "since", "by", "until", "from", "of", "during", "before", "after", "early", "late", "mid"], StringComparer.OrdinalIgnoreCase);

    private readonly QuantityLexicon _lexicon;
    private readonly FigureReader _figures;
    private readonly CountedReader _counted;

    /// <summary>Creates the annotator with the built-in lexicons.</summary>
    public QuantityAnnotator()
    {
        _lexicon = QuantityLexicon.Default;
        _figures = new FigureReader(_lexicon);
        _counted = new CountedReader(_lexicon);
    }

    /// <inheritdoc/>
    public string Name => "quantities";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var regions = document.FigureRegions.Count;
        for (var r = 0; r < regions; r++)
        {
            Scan(new TokenView(document.Text, document.FigureTokens(r)), document.FigureTokenClasses(r), document.Quantities);
        }
    }

    private void Scan(in TokenView v, ReadOnlySpan<WordClass> classes, List<Quantity> output)
    {
        // "from 1,500 to 3,000 to 10,000": the token past the last figure of the sequence being read, and where its
        // first figure went in the output.
        var sequenceEnd = -1;
        var sequenceFirst = 0;
        for (var i = 0; i < v.Count; i++)
        {
            // A word starts a figure only if it is one of the figure start words (the reader's own first test).
            var kind = v[i].Kind;
            if (kind is not (TokenKind.Number or TokenKind.Word) || (kind == TokenKind.Word && (classes[i] & WordClass.FigureStart) == 0)
                || !_figures.TryRead(v, i, out var figure))
            {
                continue;
            }

            if (i >= sequenceEnd)
            {
                sequenceEnd = SequenceEnd(v, figure);
                sequenceFirst = output.Count;
            }

            if (Read(v, figure, i < sequenceEnd, out var lastToken) is { } quantity)
            {
                output.Add(i < sequenceEnd ? ShareCounted(output, sequenceFirst, quantity) : quantity);
                i = lastToken;
            }
            else
            {
                i = figure.End - 1;
            }
        }
    }

    // The quantity read from the figure first, or null; lastToken is its last token. Figures are passed by reference
    // and a range's second figure kept in an out variable: copies of them cost more than the reading around them.
    // A figure of a sequence is never a range.
    private Quantity? Read(in TokenView v, in Figure first, bool sequence, out int lastToken)
    {
        lastToken = -1;

        // Currency symbol before the figure: "$1.5 billion", "US$3 million".
        var start = first.Start;
        string? currency = null;
        if (v.Glued(start) && v[start - 1].Kind == TokenKind.Punctuation && Currency(v.Text[v[start - 1].Start]) is { } named)
        {
            currency = named;
            start--;
            if (v.Glued(start) && v.IsWord(start - 1, "US"))
            {
                start--;
            }
        }

        var qualifierLength = _lexicon.Qualifiers.MatchBackward(v.Text, v.Tokens, start, 0, out var qualifier);
        var qualifierStart = start - qualifierLength;
        Figure second = default;
        var ranged = !sequence && first.Vague is null && RangeEnd(v, first, qualifierLength > 0 && qualifier == QuantityQualifier.Range, out second);
        double? low = first.Value, high = first.Value;
        string cue;
        if (ranged)
        {
            var lowValue = first.Scale == 1 && second.Scale > 1 && first.Value < second.Unscaled ? first.Value * second.Scale : first.Value;
            low = lowValue;
            high = second.Value;
            var joiner = v.IsWord(first.End) ? Lowered(v.Chars(first.End), Joiners) : "dash";
            cue = qualifierLength > 0 && qualifier == QuantityQualifier.Range ? RangeCue(v, qualifierStart, start, joiner) : RangeCue(joiner);
            if (qualifierLength == 0 || qualifier != QuantityQualifier.Range)
            {
                qualifierStart = start;
            }

            qualifier = QuantityQualifier.Range;
        }
        else if (first.Vague is { } bounds)
        {
            (low, high) = (bounds.Low, bounds.High);
            qualifier = QuantityQualifier.Vague;
            qualifierStart = start;
            cue = first.Cue;
        }
        else if (qualifierLength > 0 && qualifier != QuantityQualifier.Range)
        {
            var negated = qualifier is QuantityQualifier.MoreThan or QuantityQualifier.LessThan && Negated(v, qualifierStart);
            if (negated)
            {
                qualifier = qualifier == QuantityQualifier.MoreThan ? QuantityQualifier.UpTo : QuantityQualifier.AtLeast;
            }

            (low, high) = Bounds(qualifier, first.Value);
            cue = QualifierCue(negated ? "negated:" : "qualifier:", v, qualifierStart, start, first.Cue);
        }
        else
        {
            qualifier = QuantityQualifier.Exact;
            qualifierStart = start;
            cue = first.Cue;
        }

        var end = ranged ? second.End : first.End;

        // "3,000 or more", "630,000 or so", "40 or fewer": a bound written after the figure.
        if (!ranged && first.Vague is null && v.IsWord(end, "or") && v.IsAnyWord(end + 1, "more", "so", "fewer", "less", "above", "over"))
        {
            var after = Lowered(v.Chars(end + 1), Postfixes);
            qualifier = after switch
            {
                "more" or "above" or "over" => QuantityQualifier.AtLeast,
                "so" => QuantityQualifier.Approximate,
                _ => QuantityQualifier.UpTo,
            };
            (low, high) = Bounds(qualifier, first.Value);
            cue = "postfix:or-" + after + "+" + first.Cue;
            end += 2;
        }

        // "152 mm", "170-mm", the 122 of "122 and 152 mm": a calibre, not a count.
        if (Calibre.UnitLength(v, end) > 0 || (!ranged && first.End == first.Start + 1 && Calibre.RunEnd(v, first.Start) > end))
        {
            return null;
        }

        string? counted = null;
        if (v.IsPunct(end, '%') && v.Glued(end))
        {
            // A percentage is a ratio, not a count.
            return null;
        }
        else if (currency is not null)
        {
            counted = currency;
        }

        // A year-like figure ("2022") is a count only when a counted noun follows it and no time word precedes it.
        var phrase = counted is null ? _counted.After(v, end, first.Vague is not null || first.Cue.StartsWith("word:", StringComparison.Ordinal)) : null;
        if (counted is null && _counted.Whole(v, qualifierStart, end, phrase) is { } whole)
        {
            // "an army of 900,000 soldiers": the size of the whole force, not a count of troops sent.
            phrase = whole;
        }

        if (first.YearLike && (!ranged || second.YearLike)
            && (phrase is null || v.IsAnyWord(qualifierStart - 1, TimeWords)))
        {
            return null;
        }

        // "the two agencies were counting", "three officials said": how many give the figures is no figure of the story.
        if (phrase is { } read && read.Start >= end && SourceCount.Holds(v, qualifierStart, read))
        {
            return null;
        }

        // "the treaty the two countries signed", "the two sets of figures differ": a count that only refers to the
        // parties or to the evidence is no figure of the story either.
        if (qualifier == QuantityQualifier.Exact && !sequence && currency is null
            && ReferenceCount.Holds(v, qualifierStart, end, first.Value, phrase, _lexicon))
        {
            return null;
        }

        if (counted is null && phrase is null)
        {
            phrase = _counted.Before(v, qualifierStart);
        }

        if (low is { } l && high is { } h && h < l)
        {
            return null;
        }

        if (sequence)
        {
            cue = "sequence:" + cue;
        }

        // Durations, distances, areas and multiples ("24 hours", "about 120 km", "three times") measure the story;
        // they are not counts in it.
        // "Shared more than 12,000 times" counts shares; "three times" is a multiplier.
        if (phrase is { } measured && measured.End > measured.Start && IsMeasure(v.Chars(measured.Start))
            && !(v.Chars(measured.Start).Equals("times", StringComparison.OrdinalIgnoreCase) && first.Value >= 100))
        {
            return null;
        }

        var spanStart = v[qualifierStart].Start;
        var spanEnd = v[end - 1].End;
        var span = new TextSpan(spanStart, spanEnd);
        var quantity = new Quantity(span, Collapse(v.Text.AsSpan(spanStart, spanEnd - spanStart), lower: false), low, high, qualifier, cue)
        {
            // Casualty wordings share one name ("17 dead", "16 people died", "the death toll rose to 17" → killed).
            Counted = counted ?? (phrase is { Label: { } label } ? label : phrase is { } p && p.End > p.Start ? Normalise(v, p.Start, p.End) : null),
            CountedSpan = phrase is { } q && q.End > q.Start ? new TextSpan(v[q.Start].Start, v[q.End - 1].End) : null,
            Scope = phrase is { HasScope: true } r ? Collapse(v.Text.AsSpan(v[r.ScopeStart].Start, v[r.ScopeEnd - 1].End - v[r.ScopeStart].Start), lower: false) : null,
        };
        lastToken = end - 1;
        return quantity;
    }

    // "the number of troops went from 1,500 to 3,000 to 10,000", "from 200 to 450 to 900 drones": every figure of a
    // sequence counts what the others count. A noun written right after one of its figures outranks the clause's
    // subject read before the sequence; the figures already read (from output[from] on) take it too.
    private static Quantity ShareCounted(List<Quantity> output, int from, Quantity quantity)
    {
        if (quantity.Counted is null)
        {
            return output.Count > from && output[^1].Counted is not null ? WithCounted(quantity, output[^1]) : quantity;
        }

        if (ReadAfter(quantity))
        {
            for (var k = from; k < output.Count; k++)
            {
                if (output[k].Counted is null || !ReadAfter(output[k]))
                {
                    output[k] = WithCounted(output[k], quantity);
                }
            }
        }

        return quantity;
    }

    private static bool ReadAfter(Quantity q) => q.CountedSpan is { } counted && counted.Start >= q.Span.End;

    private static Quantity WithCounted(Quantity q, Quantity counted) =>
        q with { Counted = counted.Counted, CountedSpan = counted.CountedSpan, Scope = counted.Scope };

    // "from 1,500 to 3,000 to "about 10,000"": two or more "to" in a row join a sequence of separate figures, not a
    // range from the first to the second. The token past the sequence's last figure, or -1 when the figure opens none.
    // The figures of a sequence are not read ahead again, so the look-ahead stays linear however long the chain.
    private int SequenceEnd(in TokenView v, in Figure first)
    {
        var links = 0;
        var end = first.End;
        while (true)
        {
            // A quote may close around a figure and open before the next: 'from 3,000 to "about 10,000" to ...'.
            var j = IsQuote(v, end) && v.Glued(end) ? end + 1 : end;
            if (!v.IsWord(j, "to"))
            {
                break;
            }

            j++;
            j += IsQuote(v, j) ? 1 : 0;
            j += _lexicon.Qualifiers.MatchForward(v.Text, v.Tokens, j, v.Count, out _);
            if (j >= v.Count || !_figures.TryRead(v, j, out var next))
            {
                break;
            }

            links++;
            end = next.End;
        }

        return links >= 2 ? end : -1;
    }

    private static bool IsQuote(in TokenView v, int i) =>
        (uint)i < (uint)v.Count && v[i].Kind == TokenKind.Punctuation && v.Text[v[i].Start] is '"' or '\u201C' or '\u201D';

    // "1,500 to 12,000", "1,500-12,000", "10 and 12 thousand" (only after "between"): true with the range's second
    // figure in second.
    private bool RangeEnd(in TokenView v, in Figure first, bool opened, out Figure second)
    {
        second = default;
        var j = first.End;

        // "rose from five to six" is a revision: two figures, not a range.
        if (v.IsWord(j, "to") && v.IsWord(first.Start - 1, "from") && v.IsAnyWord(first.Start - 2, ChangeVerbs))
        {
            return false;
        }

        var joins = v.IsWord(j, "to") || (opened && v.IsWord(j, "and")) || (v.IsWord(j, "or") && v[first.End - 1].Kind != TokenKind.Punctuation && !v.IsAnyWord(j + 1, "more", "so", "fewer", "less"))
            || ((v.IsPunct(j, '-') || v.IsPunct(j, '\u2013') || v.IsPunct(j, '\u2014')) && v[first.End - 1].Kind == TokenKind.Number);
        if (!joins || j + 1 >= v.Count || !_figures.TryRead(v, j + 1, out second) || second.Vague is not null)
        {
            return false;
        }

        // A falling pair ("went 12-3") is a score or a label, not a range; the first figure then stands alone.
        return first.Value <= second.Value || (first.Scale == 1 && first.Value < second.Unscaled);
    }

    private static readonly WordSet ChangeVerbs = new(
        ["rose", "risen", "rise", "rises", "climbed", "increased", "jumped", "grew", "raised", "revised", "went", "fell", "dropped",
         "lowered", "cut", "up", "down", "upgraded", "downgraded", "doubled", "surged", "gone", "goes"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "minute", "seconds", "second",
        "decades", "decade", "kilometres", "kilometers", "kilometre", "kilometer", "km", "miles", "mile", "metres", "meters", "metre",
        "meter", "square", "hectares", "feet", "times", "%", "percent", "per", "kg", "kilograms", "tonnes", "tons", "degrees",
    };

    private static bool IsMeasure(ReadOnlySpan<char> head) => Measures.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head);

    private static (double? Low, double? High) Bounds(QuantityQualifier qualifier, double value) => qualifier switch
    {
        QuantityQualifier.AtLeast or QuantityQualifier.MoreThan => (value, null),
        QuantityQualifier.UpTo or QuantityQualifier.LessThan => (null, value),
        _ => (value, value),
    };

    // "would not need to be more than 900": a negation shortly before the cue flips its direction.
    private static bool Negated(in TokenView v, int qualifierStart)
    {
        for (var k = qualifierStart - 1; k >= 0 && k >= qualifierStart - NegationWindow; k--)
        {
            if (v[k].Kind == TokenKind.Punctuation && !v.IsPunct(k, '\'') && !v.IsPunct(k, '\u2019'))
            {
                return false;
            }

            if (v.IsAnyWord(k, "not", "never", "cannot") || (v.IsWord(k) && v.Chars(k).EndsWith("n't", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Currency(char c) => c switch
    {
        '$' => "US dollars",
        '\u20AC' => "euros",
        '\u00A3' => "pounds",
        '\u20BD' => "rubles",
        '\u00A5' => "yen",
        '\u20A9' => "won",
        _ => null,
    };

    private static readonly string[] Joiners = ["to", "and", "or"];

    private static readonly string[] Postfixes = ["more", "so", "fewer", "less", "above", "over"];

    // The cues most ranges get, so that theirs are not made anew each time.
    private static readonly string[] RangeCues = ["between-and", "from-to", "between-to", "between-or"];

    // A word in lower case: the literal it equals ignoring case when it is ASCII (its lower case is then the literal),
    // else lowered from the text.
    private static string Lowered(ReadOnlySpan<char> word, string[] literals)
    {
        if (Ascii.IsValid(word))
        {
            foreach (var literal in literals)
            {
                if (word.Equals(literal, StringComparison.OrdinalIgnoreCase))
                {
                    return literal;
                }
            }
        }

        return word.ToString().ToLowerInvariant();
    }

    private static string RangeCue(string joiner) => joiner switch
    {
        "dash" => "range:dash",
        "to" => "range:to",
        "and" => "range:and",
        "or" => "range:or",
        _ => "range:" + joiner,
    };

    // "between-and": the last word of the qualifier [start, end), as collapsed and lowered, and the joiner.
    private static string RangeCue(in TokenView v, int start, int end, string joiner)
    {
        var text = v.Text.AsSpan(v[start].Start, v[end - 1].End - v[start].Start);
        var last = text.Length - 1;
        while (last >= 0 && !IsCollapsible(text[last]))
        {
            last--;
        }

        text = text[(last + 1)..];
        var length = text.Length + 1 + joiner.Length;
        var buffer = length <= TokenView.StackChars ? stackalloc char[TokenView.StackChars] : new char[length];
        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = char.ToLowerInvariant(text[i]);
        }

        buffer[text.Length] = '-';
        joiner.CopyTo(buffer[(text.Length + 1)..]);
        var cue = buffer[..length];
        foreach (var known in RangeCues)
        {
            if (cue.SequenceEqual(known))
            {
                return known;
            }
        }

        return new string(cue);
    }

    // "qualifier:more than+digits": the qualifier's words [start, end) collapsed and lowered between a prefix and the
    // figure's cue, in one string.
    private static string QualifierCue(string prefix, in TokenView v, int start, int end, string figureCue)
    {
        var text = v.Text.AsSpan(v[start].Start, v[end - 1].End - v[start].Start);
        var length = prefix.Length + text.Length + 1 + figureCue.Length;
        var buffer = length <= TokenView.StackChars ? stackalloc char[TokenView.StackChars] : new char[length];
        prefix.CopyTo(buffer);
        var n = prefix.Length + Collapse(text, lower: true, buffer[prefix.Length..]);
        buffer[n++] = '+';
        figureCue.CopyTo(buffer[n..]);
        return RecentStrings.Get(buffer[..(n + figureCue.Length)]);
    }

    // Lower case except acronyms ("KPA", "NIS"), which lose their meaning when lowered; leading determiners dropped.
    private static string Normalise(in TokenView v, int start, int end)
    {
        while (start < end - 1 && v.IsAnyWord(start, "the", "a", "an", "these", "those", "their", "its", "his", "her", "our"))
        {
            start++;
        }

        return v.LowerWords(start, end);
    }

    private static string Collapse(ReadOnlySpan<char> text, bool lower)
    {
        if (!lower && IsCollapsed(text))
        {
            return text.ToString();
        }

        // Collapsing never lengthens the text, so a buffer of its length holds the result.
        var buffer = text.Length <= TokenView.StackChars ? stackalloc char[TokenView.StackChars] : new char[text.Length];
        return new string(buffer[..Collapse(text, lower, buffer)]);
    }

    // Collapses text into buffer, which is at least as long; the number of characters written.
    private static int Collapse(ReadOnlySpan<char> text, bool lower, Span<char> buffer)
    {
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (IsCollapsible(c))
            {
                space = true;
                continue;
            }

            if (space && n > 0)
            {
                buffer[n++] = ' ';
            }

            space = false;
            buffer[n++] = lower ? char.ToLowerInvariant(c) : c;
        }

        return n;
    }

    // True when collapsing would change nothing: no leading or trailing space, and single plain spaces only.
    private static bool IsCollapsed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsCollapsible(text[i])
                && (text[i] != ' ' || i == 0 || i == text.Length - 1 || IsCollapsible(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCollapsible(char c) => char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F' and not '\u2009';
}
