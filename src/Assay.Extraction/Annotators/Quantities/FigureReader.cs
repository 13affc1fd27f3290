using System.Text;
using Assay.Extraction.Annotators.Times;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Reads a figure at a token: digits with suffixes and scale words, number words, or vague counts, and
/// rejects figures that are labels, dates, times of day or parts of model names.</summary>
internal sealed class FigureReader(QuantityLexicon lexicon)
{
    /// <summary>Reads the figure starting at token <paramref name="i"/>; false when there is none or it is not a count.</summary>
    public bool TryRead(in TokenView v, int i, out Figure figure)
    {
        figure = default;
        var t = v[i];
        if (t.Kind == TokenKind.Number)
        {
            return TryDigits(v, i, out figure) && !IsLabel(v, figure);
        }

        // One probe rules out the words that start no figure, which are nearly all of them.
        if (t.Kind != TokenKind.Word || !lexicon.FigureStarts.Contains(v.Chars(i)))
        {
            return false;
        }

        var vague = lexicon.Vague.MatchForward(v.Text, v.Tokens, i, v.Count, out var bounds);
        if (vague > 0)
        {
            // "a few hundred thousand", "several hundred million": a scale word multiplies both bounds.
            var end = i + vague;
            string cue;
            if (v.IsWord(end) && lexicon.Numbers.TryGetValue(v.Chars(end), out var scale) && scale.Kind == NumberWordKind.Scale)
            {
                bounds = new VagueBounds(bounds.Low * scale.Value, bounds.High * scale.Value);
                cue = VagueCue(v, i, end, end + 1);
                end++;
            }
            else
            {
                cue = VagueCue(v, i, end, end);
            }

            figure = new Figure(i, end, bounds.Low, 1, bounds, cue, false);
            return true;
        }

        return TryWords(v, i, out figure);
    }

    private bool TryDigits(in TokenView v, int i, out Figure figure)
    {
        figure = default;
        if (!Tokenizer.TryValue(v.Chars(i), v[i].DecimalComma, out var value))
        {
            return false;
        }

        var end = i + 1;
        var scale = 1d;
        var cue = "digits";
        if (v.Glued(end) && v.IsWord(end))
        {
            // Letters glued to digits: a scale suffix ("12K", "3.5bn"), else an ordinal, a unit or a model name.
            if (!lexicon.Numbers.TryGetValue(v.Chars(end), out var suffix) || suffix.Kind != NumberWordKind.Suffix)
            {
                return false;
            }

            scale = suffix.Value;
            cue = WordCue(v, end, suffix, "suffix:");
            end++;
        }
        else if (v.IsWord(end) && lexicon.Numbers.TryGetValue(v.Chars(end), out var word)
            && word.Kind is NumberWordKind.Scale or NumberWordKind.Hundred or NumberWordKind.Dozen)
        {
            scale = word.Value;
            cue = WordCue(v, end, word, "word:");
            end++;
        }

        var token = v.Chars(i);
        var yearLike = scale == 1 && token.Length == 4 && value is >= 1900 and <= 2100 && !token.ContainsAny(',', '.');
        figure = new Figure(i, end, value * scale, scale, null, cue, yearLike);
        return true;
    }

    private bool TryWords(in TokenView v, int i, out Figure figure)
    {
        figure = default;
        double total = 0, current = 0, lastScale = 1;
        var words = 0;
        var end = i;
        var j = i;
        var last = -1;
        NumberWord lastWord = default;
        if (v.IsAnyWord(j, "a", "an") && IsMultiplier(v, j + 1))
        {
            current = 1;
            j++;
        }
        else if (v.IsWord(j, "half") && v.IsAnyWord(j + 1, "a", "an") && IsMultiplier(v, j + 2))
        {
            current = 0.5;
            j += 2;
        }

        while (j < v.Count && v.IsWord(j) && lexicon.Numbers.TryGetValue(v.Chars(j), out var w) && w.Kind != NumberWordKind.Suffix)
        {
            switch (w.Kind)
            {
                case NumberWordKind.Hundred:
                case NumberWordKind.Dozen:
                    current = (current == 0 ? 1 : current) * w.Value;
                    lastScale = w.Value;
                    break;
                case NumberWordKind.Scale:
                    total += (current == 0 ? 1 : current) * w.Value;
                    current = 0;
                    lastScale = w.Value;
                    break;
                default:
                    current += w.Value;
                    break;
            }

            words++;
            (last, lastWord) = (j, w);
            end = ++j;

            // "twenty-five"; "two hundred and fifty".
            if (v.IsPunct(j, '-') && v.Glued(j) && v.Glued(j + 1) && IsNumberWord(v, j + 1))
            {
                j++;
            }
            else if (v.IsWord(j, "and") && w.Kind == NumberWordKind.Hundred && IsNumberWord(v, j + 1))
            {
                j++;
            }
        }

        // A bare "one" is an article of speech ("one of the most", "one thing"), unless a bound precedes it
        // ("at least one") or a countable thing of the story follows it ("one soldier", "one child").
        if (words == 0 || (words == 1 && end == i + 1 && v.Chars(last).Equals("one", StringComparison.OrdinalIgnoreCase)
            && !v.IsAnyWord(i - 1, "least", "than", "only", "just", "exactly", "killing", "wounding", "injuring")
            && !v.IsAnyWord(end, OneCounts)))
        {
            return false;
        }

        figure = new Figure(i, end, total + current, lastScale, null, WordCue(v, last, lastWord, "word:"), false);
        return true;
    }

    private static readonly WordSet OneCounts = new(
        ["soldier", "person", "civilian", "child", "man", "woman", "missile", "drone", "officer", "serviceman", "ship", "vessel",
         "container", "brigade", "battalion", "prisoner", "journalist", "worker", "body", "launcher", "aircraft", "helicopter", "tank"], StringComparer.OrdinalIgnoreCase);

    private bool IsMultiplier(in TokenView v, int i) =>
        v.IsWord(i) && lexicon.Numbers.TryGetValue(v.Chars(i), out var w) && w.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen;

    private bool IsNumberWord(in TokenView v, int i) =>
        v.IsWord(i) && lexicon.Numbers.TryGetValue(v.Chars(i), out var w) && w.Kind != NumberWordKind.Suffix;

    // Figures that name or label something: model names (S-400, KN-23, G7), dates (October 21, 21 October),
    // times (10:30, 9 am), ordinals (105th), labels (Article 4) and names that start with a figure (38 North).
    private bool IsLabel(in TokenView v, in Figure f)
    {
        var i = f.Start;
        if (v.Glued(i))
        {
            if (v.IsWord(i - 1) || v.IsPunct(i - 1, '/') || v.IsPunct(i - 1, ':') || v.IsPunct(i - 1, '#') || v.IsPunct(i - 1, '.'))
            {
                return true;
            }

            // "S-400", "KN-23", and the later parts of "2024-10-18".
            if ((v.IsPunct(i - 1, '-') || v.IsPunct(i - 1, '\u2011')) && v.Glued(i - 1)
                && (v.IsWord(i - 2) || v.IsPunct(i - 2, ')') || (IsShortNumber(v, i) && v[i - 2].Kind == TokenKind.Number
                    && (v[i - 2].Length == 4 || (v.Glued(i - 2) && v.IsPunct(i - 3, '-'))))))
            {
                return true;
            }
        }

        var next = f.End;
        if (v.Glued(next) && (v.IsPunct(next, '/') || v.IsPunct(next, ':')) && next + 1 < v.Count && v[next + 1].Kind == TokenKind.Number)
        {
            return true;
        }

        if (v.Glued(next) && v.IsPunct(next, '.') && next + 1 < v.Count && v.Glued(next + 1) && v[next + 1].Kind == TokenKind.Number)
        {
            return true;
        }

        if (v.IsCapitalised(i - 1) && lexicon.Designators.Contains(v.Chars(i - 1)))
        {
            return true;
        }

        if (v.IsPunct(i - 1, '.') && v.IsCapitalised(i - 2) && lexicon.Designators.Contains(v.Chars(i - 2)))
        {
            return true;
        }

        if (IsMonth(v, i - 1) || (v.IsPunct(i - 1, '.') && IsMonth(v, i - 2)) || IsMonth(v, next))
        {
            return true;
        }

        // Day ranges: "between 8 and 13 October", "Oct. 8 and 13", "8-13 October".
        if (IsShortNumber(v, i) && IsJoiner(v, next) && IsShortNumber(v, next + 1) && IsMonth(v, next + 2))
        {
            return true;
        }

        if (IsShortNumber(v, i) && IsJoiner(v, i - 1) && IsShortNumber(v, i - 2) && (IsMonth(v, i - 3) || (v.IsPunct(i - 3, '.') && IsMonth(v, i - 4))))
        {
            return true;
        }

        if (v.IsAnyWord(next, ClockWords) || (v.IsAnyWord(next, "a", "p") && v.IsPunct(next + 1, '.') && v.IsWord(next + 2, "m")))
        {
            return true;
        }

        var rest = v.Text.AsSpan(v[i].Start);
        foreach (var name in lexicon.Names)
        {
            // The first character settles nearly every figure before the whole name is compared.
            if (rest[0] == name[0] && rest.StartsWith(name, StringComparison.Ordinal) && (rest.Length == name.Length || !char.IsLetterOrDigit(rest[name.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet ClockWords = new(["am", "pm", "GMT", "UTC", "hrs"], StringComparer.OrdinalIgnoreCase);

    private static bool IsJoiner(in TokenView v, int i) =>
        v.IsAnyWord(i, "and", "to", "through") || v.IsPunct(i, '-') || v.IsPunct(i, '\u2013');

    private static bool IsShortNumber(in TokenView v, int i) => i >= 0 && i < v.Count && v[i].Kind == TokenKind.Number && v[i].Length <= 2;

    private static bool IsMonth(in TokenView v, int i) => v.IsCapitalised(i) && TimeLexicon.Default.Months.ContainsKey(v.Chars(i));

    // The cue of a figure read through number word w at token i. An ASCII token equals its entry ignoring case, so
    // both lower to the same text and the entry's cue, made once, serves; any other is lowered from the text.
    private static string WordCue(in TokenView v, int i, NumberWord w, string prefix) =>
        w.Cue is { } cue && Ascii.IsValid(v.Chars(i)) ? cue : prefix + v.Chars(i).ToString().ToLowerInvariant();

    // "vague:dozens", "vague:a few+hundred": the vague words [start, end) and the scale word [end, scaleEnd) as
    // written, lowered, in one string.
    private static string VagueCue(in TokenView v, int start, int end, int scaleEnd)
    {
        var words = v.Text.AsSpan(v[start].Start, v[end - 1].End - v[start].Start);
        var scale = scaleEnd > end ? v.Chars(end) : [];
        var length = words.Length + scale.Length;
        var buffer = length <= TokenView.StackChars ? stackalloc char[TokenView.StackChars] : new char[length];
        words.ToLowerInvariant(buffer);
        scale.ToLowerInvariant(buffer[words.Length..]);
        return scale.IsEmpty
            ? string.Concat("vague:", buffer[..words.Length])
            : string.Concat("vague:", buffer[..words.Length], "+", buffer[words.Length..length]);
    }
}
