using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Finds the noun phrase a figure counts and its scope ("1,500 North Korean soldiers in Kursk"), after the
/// figure or, when the sentence puts it first, before it ("the number of KPA members in Russia was put at …").</summary>
internal sealed class CountedReader(QuantityLexicon lexicon)
{
    private const int Window = 7;
    private const int LookBack = 40;

    private static readonly string[] Determiners = ["these", "those", "the", "them", "its", "their", "our", "his", "her"];
    private static readonly string[] ScopePrepositions = ["in", "inside", "to", "on", "at", "near", "within", "across", "along"];
    private static readonly string[] PlaceNouns =
        ["region", "regions", "oblast", "province", "border", "front", "line", "frontline", "battlefield", "peninsula", "area", "city",
         "country", "zone", "territory", "territories", "east", "west", "north", "south", "far"];
    private static readonly string[] BelongVerbs = ["belong", "belongs", "belonged", "serve", "serves", "served", "come", "came"];
    private static readonly string[] BelongPrepositions = ["to", "in", "with", "from"];
    private static readonly string[] LinkWords = ["at", "to", "reached", "numbered", "totalled", "totaled", "totals", "stood", "stands", "is", "was", "are", "were"];

    /// <summary>The counted phrase after the figure ending at token <paramref name="end"/>, or null.</summary>
    public CountedPhrase? After(in TokenView v, int end, bool vague)
    {
        var j = end;
        var lookedThrough = false;
        if (v.IsWord(j, "of") && v.IsAnyWord(j + 1, Determiners))
        {
            j += 2;
            lookedThrough = true;
        }
        else if (v.IsWord(j, "of") && vague)
        {
            j++;
        }

        if (!TryHead(v, j, out var stop))
        {
            return null;
        }

        if (lookedThrough && Belonging(v, stop) is { } belonging)
        {
            return belonging;
        }

        return WithScope(v, j, stop);
    }

    /// <summary>The counted phrase stated before the figure starting at token <paramref name="start"/>, or null.</summary>
    public CountedPhrase? Before(in TokenView v, int start)
    {
        var floor = Math.Max(0, start - LookBack);
        for (var k = start - 1; k >= floor; k--)
        {
            if (v.IsBoundary(k) || v[k].Kind == TokenKind.Number)
            {
                break;
            }

            if (v.IsAnyWord(k, "number", "total", "tally", "count", "strength", "size") && v.IsWord(k + 1, "of"))
            {
                return NumberOf(v, k + 2, start);
            }
        }

        // "Casualties were put at 3,000": a known head noun earlier in the clause, linked to the figure.
        if (!v.IsAnyWord(start - 1, LinkWords))
        {
            return null;
        }

        for (var k = start - 2; k >= floor; k--)
        {
            if (v.IsBoundary(k) || v[k].Kind == TokenKind.Number)
            {
                break;
            }

            var head = lexicon.CountedHeads.MatchForward(v.Text, v.Tokens, k, start, out _);
            if (head > 0)
            {
                return new CountedPhrase(k, k + head, -1, -1);
            }
        }

        return null;
    }

    private CountedPhrase NumberOf(in TokenView v, int from, int limit)
    {
        var j = from;
        while (v.IsAnyWord(j, "the", "a", "an"))
        {
            j++;
        }

        var k = j;
        var depth = 0;
        for (; k < limit; k++)
        {
            if (v.IsPunct(k, '('))
            {
                depth++;
            }
            else if (v.IsPunct(k, ')'))
            {
                depth--;
            }
            else if (depth <= 0 && (v.IsAnyWord(k, ScopePrepositions) || (v.IsWord(k) && IsStop(v, k) && !v.IsAnyWord(k, "of", "the"))))
            {
                break;
            }
            else if (depth <= 0 && v[k].Kind == TokenKind.Punctuation && !v.IsPunct(k, '-') && !v.IsPunct(k, '\''))
            {
                break;
            }
        }

        var scope = Scope(v, k, limit);
        return new CountedPhrase(j, Math.Max(j, k), scope.Start, scope.End);
    }

    // Scans forward for a head noun; only modifiers (words that are not function words) may come before it.
    private bool TryHead(in TokenView v, int j, out int stop)
    {
        stop = -1;
        for (var k = j; k < v.Count && k < j + Window; k++)
        {
            var head = lexicon.CountedHeads.MatchForward(v.Text, v.Tokens, k, v.Count, out _);
            if (head > 0)
            {
                stop = k + head;
                return true;
            }

            var hyphen = v.IsPunct(k, '-') && v.Glued(k) && v.Glued(k + 1) && k > j;
            if (!hyphen && (!v.IsWord(k) || IsStop(v, k)))
            {
                break;
            }
        }

        // An unknown plural right after the figure still counts ("2,000 containers" style), if it is a plain word.
        if (v.IsWord(j) && !v.IsCapitalised(j) && !IsStop(v, j) && v[j].Length >= 4 && v.Text[v[j].End - 1] == 's'
            && !lexicon.Numbers.ContainsKey(v.Chars(j)))
        {
            stop = j + 1;
            return true;
        }

        return false;
    }

    // "a thousand of these troops belong to Pyongyang's special forces": the figure counts the special forces.
    private CountedPhrase? Belonging(in TokenView v, int after)
    {
        if (!v.IsAnyWord(after, BelongVerbs) || !v.IsAnyWord(after + 1, BelongPrepositions))
        {
            return null;
        }

        var from = after + 2;
        for (var k = from; k < v.Count && k < from + Window; k++)
        {
            var head = lexicon.CountedHeads.MatchForward(v.Text, v.Tokens, k, v.Count, out _);
            if (head > 0)
            {
                var left = k;
                while (left > from && v.IsWord(left - 1) && !IsStop(v, left - 1) && !IsPossessive(v, left - 1))
                {
                    left--;
                }

                return WithScope(v, left, k + head);
            }

            if (v[k].Kind != TokenKind.Word)
            {
                break;
            }
        }

        return null;
    }

    private CountedPhrase WithScope(in TokenView v, int start, int end)
    {
        var scope = Scope(v, end, v.Count);
        return new CountedPhrase(start, end, scope.Start, scope.End);
    }

    /// <summary>A place phrase ("in Russia", "in the Kursk region", "on the front line") starting at token <paramref name="j"/>.</summary>
    public (int Start, int End) Scope(in TokenView v, int j, int limit)
    {
        if (j >= limit || !v.IsAnyWord(j, ScopePrepositions) || v.IsCapitalised(j))
        {
            return (-1, -1);
        }

        var k = j + 1;
        if (v.IsWord(k, "the"))
        {
            k++;
        }

        var content = 0;
        var end = -1;
        for (; k < limit && content < 6; k++)
        {
            if ((v.IsCapitalised(k) && !IsStop(v, k)) || v.IsAnyWord(k, PlaceNouns))
            {
                content++;
                end = k + 1;
            }
            else if (!(v.IsPunct(k, '-') && v.Glued(k) && v.Glued(k + 1)))
            {
                break;
            }
        }

        // "to" before a verb is an infinitive, not a destination.
        return content == 0 ? (-1, -1) : (j, end);
    }

    private bool IsStop(in TokenView v, int i) => lexicon.Stop.Contains(v.Chars(i));

    private static bool IsPossessive(in TokenView v, int i)
    {
        var w = v.Chars(i);
        return w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }
}
