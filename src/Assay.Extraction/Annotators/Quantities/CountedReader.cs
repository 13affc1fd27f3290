using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Finds the noun phrase a figure counts and its scope ("1,500 North Korean soldiers in Kursk"), after the
/// figure or, when the sentence puts it first, before it ("the number of KPA members in Russia was put at …").</summary>
/// <remarks>Casualty words get one label whatever their wording (<see cref="CountedPhrase.Label"/>): "17 dead",
/// "16 people died" and "the death toll rose to 17" all count the killed.</remarks>
internal sealed class CountedReader(QuantityLexicon lexicon)
{
    private const int Window = 7;
    private const int LookBack = 40;
    private const int FigureReach = 6;
    private const int ModifierReach = 4;

    /// <summary>The one label of a figure that sizes a whole force ("an army of 1.2 million", "1.3 million active-duty
    /// troops"), so that it never reads as a count of the troops sent.</summary>
    public const string WholeLabel = "army";

    private static readonly WordSet Determiners = new(["these", "those", "the", "them", "its", "their", "our", "his", "her"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet ScopePrepositions = new(["in", "inside", "to", "on", "at", "near", "within", "across", "along"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet PlaceNouns = new(
        ["region", "regions", "oblast", "province", "border", "front", "line", "frontline", "battlefield", "peninsula", "area", "city",
         "country", "zone", "territory", "territories", "east", "west", "north", "south", "far", "site", "hospital", "camp", "base",
         "airfield", "depot", "facility", "barracks", "port"], StringComparer.OrdinalIgnoreCase);

    // Capitalised words that are times, not places: "captured in January".
    private static readonly WordSet Calendar = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    // Participles of being somewhere, crossed between a counted noun and its place: "400 soldiers gathering at a
    // training site", "troops stationed in the region". Verbs of motion ("sent to") are left out: where troops go is
    // the event's place, not where the count holds.
    private static readonly WordSet PresenceParticiples = new(
        ["gathering", "gathered", "stationed", "based", "held", "waiting", "training", "fighting", "serving", "massed", "massing",
         "positioned", "located", "housed", "treated", "staying", "remaining", "living", "hiding", "camped", "posted",
         "garrisoned", "sheltering", "detained", "lying", "standing", "kept", "recovering", "quartered"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet BelongVerbs = new(["belong", "belongs", "belonged", "serve", "serves", "served", "come", "came"], StringComparer.OrdinalIgnoreCase);
    private static readonly string[] BelongPrepositions = ["to", "in", "with", "from"];
    private static readonly WordSet LinkWords = new(
        ["at", "to", "from", "reached", "reach", "reaches", "numbered", "number", "numbers", "totalled", "totaled", "totals", "total",
         "stood", "stand", "stands", "numbering", "put", "is", "was", "are", "were", "averaged", "average", "near", "exceeded", "passed"], StringComparer.OrdinalIgnoreCase);

    // Words that may sit between a count and its casualty word: "32 people had been wounded", "600,000 now lie dead".
    private static readonly WordSet Auxiliaries = new(
        ["were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "later", "all", "now", "also",
         "already", "since", "lie", "lay", "confirmed", "may", "might", "could", "would", "will", "must"], StringComparer.OrdinalIgnoreCase);

    // Active verbs before the figure ("killed at least 16 people and wounded 28 others") and nouns that take the counted
    // as their object ("the deaths of 15 civilians"), with the label each gives.
    private static readonly WordMap<string> CasualtyVerbs = new(
        [
            .. WithLabel(["killed", "killing", "deaths", "death"], "killed"),
            .. WithLabel(["wounded", "injured", "wounding", "injuring", "injury", "injuries"], "wounded"),
        ],
        StringComparer.OrdinalIgnoreCase);

    // Nouns that take the counted as their object: "the deaths of 15 civilians".
    private static readonly string[] CasualtyNouns = ["deaths", "death", "injury", "injuries"];

    private static IEnumerable<KeyValuePair<string, string>> WithLabel(string[] words, string label) =>
        words.Select(w => KeyValuePair.Create(w, label));

    // Words of a qualified figure, crossed when looking for a verb before it.
    private static readonly WordSet FigureWords = new(
        ["at", "least", "more", "than", "about", "some", "nearly", "around", "roughly", "over", "up", "to", "as", "many", "almost",
         "an", "estimated", "a", "further", "another", "close", "approximately", "just", "under", "fewer", "less", "no", "only", "the",
         "and", "or", "between", "from"], StringComparer.OrdinalIgnoreCase);

    // A figure after these stands for a noun named earlier: "37 of the drones, and another 47", "including 1,140 in the past day".
    private static readonly WordSet Elliptic = new(["another", "further", "last", "remaining", "including", "against", "versus", "vs"], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ClauseStarts = new(["that", "which", "who", "while", "but", "whereas", "because"], StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet Measures = new(
        ["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "times", "metres", "meters", "kilometres",
         "kilometers", "miles", "hectares", "feet", "degrees", "tonnes", "tons", "kilograms"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The counted phrase after the figure ending at token <paramref name="end"/>, or null.</summary>
    public CountedPhrase? After(in TokenView v, int end, bool vague)
    {
        var j = end;

        // '"no more than 50" North Koreans': the quote closes around the figure, not the phrase.
        if (IsQuote(v, j) && v.Glued(j))
        {
            j++;
        }

        // "8 million 122 mm and 152 mm shells": the calibres describe the shells the figure counts.
        j = Calibre.RunEnd(v, j);

        var lookedThrough = false;
        if (v.IsWord(j, "of") && v.IsAnyWord(j + 1, Determiners))
        {
            if (v.IsWord(j + 1, "them"))
            {
                return Them(v, end, j + 2);
            }

            j += 2;
            lookedThrough = true;

            // "seven of the 17 victims": the second figure is the whole the first is part of.
            if (v[j].Kind == TokenKind.Number || (v.IsWord(j) && lexicon.Numbers.ContainsKey(v.Chars(j))))
            {
                j++;
            }
        }
        else if (v.IsWord(j, "of") && vague)
        {
            j++;
        }
        else if (v.IsWord(j, "more") && !v.IsWord(j + 1, "than") && TryHead(v, j + 1, out _, out _))
        {
            // "three more IRIS-T systems": the increment counts the systems.
            j++;
        }

        if (!TryHead(v, j, out var head, out var stop))
        {
            // "300 had been killed": the casualty word is the subject.
            return lookedThrough || IsYear(v, end - 1) ? null : Predicate(v, j, out var cs, out var ce, out var label)
                ? WithScope(v, cs, ce) with { Label = label }
                : null;
        }

        if (lookedThrough && Belonging(v, stop) is { } belonging)
        {
            return belonging;
        }

        // "two full days": a measure stands alone so that it is read as one.
        if (v.IsAnyWord(head, Measures))
        {
            return WithScope(v, head, stop);
        }

        return Casualty(v, end, j, head, stop) ?? WithScope(v, j, stop);
    }

    /// <summary>The whole force a figure sizes, or null: "an army of more than a million", "a 1.2 million-strong military",
    /// "1.3 million active-duty troops", "a force of 600,000 men at home". <paramref name="after"/> is the phrase read
    /// after the figure, if any; the figure spans tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <remarks>The whole outranks the noun after the figure: in "an army of 900,000 soldiers" the soldiers are the army.</remarks>
    public CountedPhrase? Whole(in TokenView v, int start, int end, CountedPhrase? after)
    {
        // "an army of more than a million": the whole named just before the figure.
        if (v.IsWord(start - 1, "of") && WholeHeadBefore(v, start - 1) is var n && n > 0)
        {
            return new CountedPhrase(start - 1 - n, start - 1, -1, -1) { Label = WholeLabel };
        }

        // "a 1.2 million-strong military", "a million strong army".
        var strong = v.IsPunct(end, '-') && v.Glued(end) && v.Glued(end + 1) ? end + 1 : end;
        if (v.IsWord(strong, "strong") && lexicon.Whole.MatchForward(v.Text, v.Tokens, strong + 1, v.Count, out var cue) is var h && h > 0
            && cue == WholeCue.Head)
        {
            return new CountedPhrase(strong + 1, strong + 1 + h, -1, -1) { Label = WholeLabel };
        }

        if (after is not { } p || p.End <= p.Start || p.Start < end)
        {
            return null;
        }

        // "1.3 million active-duty troops", "600,000 men at home", "1.2 million under arms".
        for (var k = p.Start; k < p.End; k++)
        {
            if (lexicon.Whole.MatchForward(v.Text, v.Tokens, k, p.End, out cue) > 0 && cue == WholeCue.Modifier)
            {
                return p with { Label = WholeLabel };
            }
        }

        var next = p.HasScope ? p.ScopeEnd : p.End;
        return lexicon.Whole.MatchForward(v.Text, v.Tokens, next, v.Count, out cue) > 0 && cue == WholeCue.After
            ? p with { Label = WholeLabel }
            : null;
    }

    // The number of tokens of a whole force's name at token k that heads its own phrase, the verb right after it ("the
    // army numbers", "the military is"), or 0; "military losses", "military intelligence" name something else.
    private int WholeSubject(in TokenView v, int k, int limit)
    {
        var n = lexicon.Whole.MatchForward(v.Text, v.Tokens, k, limit, out var cue);
        return n > 0 && cue == WholeCue.Head && (v.IsAnyWord(k + n, LinkWords) || v.IsAnyWord(k + n, Auxiliaries)) ? n : 0;
    }

    // The number of tokens of a whole force's name ending just before token end ("army", "armed forces"), or 0.
    private int WholeHeadBefore(in TokenView v, int end)
    {
        var n = lexicon.Whole.MatchBackward(v.Text, v.Tokens, end, 0, out var cue);
        return cue == WholeCue.Head ? n : 0;
    }

    /// <summary>The counted phrase stated before the figure starting at token <paramref name="start"/>, or null.</summary>
    public CountedPhrase? Before(in TokenView v, int start)
    {
        var floor = Math.Max(0, start - LookBack);

        // "Killed: 17" in a list of key figures.
        if (v.IsPunct(start - 1, ':') && start - 1 <= 3)
        {
            var n = lexicon.CountedHeads.MatchBackward(v.Text, v.Tokens, start - 1, 0, out _);
            if (n > 0 && start - 1 - n <= 1)
            {
                return Labelled(v, start - 1 - n, start - 1);
            }
        }

        for (var k = start - 1; k >= floor; k--)
        {
            if (v.IsBoundary(k) || (v[k].Kind == TokenKind.Number && !Crossable(v, k)))
            {
                break;
            }

            // "of" first: it rules out nearly every word for less than the list.
            if (v.IsWord(k + 1, "of") && v.IsAnyWord(k, "number", "total", "tally", "count", "strength", "size", "estimate", "estimates"))
            {
                return NumberOf(v, k + 2, start);
            }
        }

        // "and wounded 32", "injured more than 60 in Kharkiv".
        if (CasualtyVerb(v, start - 1) is { } verb)
        {
            return WithScope(v, start - 1, start) with { Label = verb };
        }

        // "another 47", "the last 303", "including 1,140", "up from some 13,000": the noun named earlier in the sentence.
        var e = v.IsWord(start - 1, "the") ? start - 2 : start - 1;
        if (v.IsAnyWord(e, Elliptic) || (v.IsWord(e, "from") && v.IsAnyWord(e - 1, "up", "down"))
            || (v.IsAnyWord(e, "with", "to") && v.IsWord(e - 1, "compared"))
            || (e == start - 2 && v.IsAnyWord(e, "than", "of", "not"))
            || (v.IsWord(e, "of") && v.IsAnyWord(e - 1, "figure", "level", "tally"))
            || (v.IsAnyWord(e, "and", "or") && e == start - 1)
            || FrontedPartitive(v, start))
        {
            return NearestHead(v, e - 1, floor) is { } h ? Labelled(v, h.Start, h.End) : null;
        }

        // "Casualties were put at 3,000", "the death toll from the strike rose to 17": the clause's subject, linked to the figure.
        if (!Linked(v, start))
        {
            return null;
        }

        (int Start, int End, bool Whole)? leftmost = null;
        for (var k = start - 1; k >= floor; k--)
        {
            // "…, and total casualties have reached 4,700": a clause joined after a comma that names its own subject keeps
            // it; one that names none ("…, and the number is expected to reach 10,000") speaks of the one before.
            if (v.IsBoundary(k) || v.IsAnyWord(k, ClauseStarts) || (v[k].Kind == TokenKind.Number && !Crossable(v, k))
                || (leftmost is not null && v.IsAnyWord(k, "and", "or") && v.IsPunct(k - 1, ',')))
            {
                break;
            }

            var head = lexicon.CountedHeads.MatchForward(v.Text, v.Tokens, k, start, out _);
            if (head > 0)
            {
                leftmost = (k, k + head, false);
            }
            else if (WholeSubject(v, k, start) is var whole && whole > 0)
            {
                // "The standing army numbers more than a million": the figure sizes the whole force.
                leftmost = (k, k + whole, true);
            }
        }

        return leftmost switch
        {
            { Whole: true } w => new CountedPhrase(w.Start, w.End, -1, -1) { Label = WholeLabel },
            { } l => Labelled(v, l.Start, l.End),
            null => null,
        };
    }

    // "Of roughly 60 stalls, about 30 were destroyed": the sentence opens with the whole the figure is part of.
    private static bool FrontedPartitive(in TokenView v, int start)
    {
        var first = IsQuote(v, 0) ? 1 : 0;
        if (!v.IsWord(first, "of"))
        {
            return false;
        }

        for (var k = first + 1; k < start; k++)
        {
            if (v.IsPunct(k, ','))
            {
                return k >= start - 3;
            }
        }

        return false;
    }

    // "Ukraine's defence ministry denied that its dead numbered anywhere near 80,000": a link word among the few words before.
    private static bool Linked(in TokenView v, int start)
    {
        // "raised the death toll from five to six", "put North Korean dead in the thousands".
        if (v.IsAnyWord(start, "from", "between") || (v.IsWord(start - 1, "the") && v.IsWord(start - 2, "in")))
        {
            return true;
        }

        for (var k = start - 1; k >= 0 && k >= start - 3; k--)
        {
            if (v.IsAnyWord(k, LinkWords))
            {
                return true;
            }

            if (!v.IsWord(k) && !IsQuote(v, k))
            {
                return false;
            }
        }

        return false;
    }

    // A figure the look-back may cross: a year ("casualties in November 2024 averaged …") or the old value of a revision
    // ("from 1,100 to about 3,000", "from about 10,000 in October to between 11,000 and 12,000").
    private bool Crossable(in TokenView v, int k) =>
        IsYear(v, k) || v.IsWord(k - 1, "from") || v.IsWord(k - 1 - lexicon.Qualifiers.MatchBackward(v.Text, v.Tokens, k, 0, out _), "from");

    private static bool IsYear(in TokenView v, int k)
    {
        if ((uint)k >= (uint)v.Count || v[k].Kind != TokenKind.Number || v[k].Length != 4)
        {
            return false;
        }

        var c = v.Chars(k);
        return TokenView.AllInRange(c, '0', '9') && (c.StartsWith("19", StringComparison.Ordinal) || c.StartsWith("20", StringComparison.Ordinal));
    }

    // "Five of them": a casualty word after it ("two of them died"), else the nearest counted noun before it in the sentence.
    private CountedPhrase? Them(in TokenView v, int end, int after)
    {
        if (Predicate(v, after, out var cs, out var ce, out var label))
        {
            return WithScope(v, cs, ce) with { Label = label };
        }

        return NearestHead(v, end - 1, Math.Max(0, end - LookBack)) is { } h ? Labelled(v, h.Start, h.End) : null;
    }

    // The nearest counted noun before token from, preferring one that an earlier figure counts ("20,000 containers of
    // weapons …, up from some 13,000" repeats containers, not weapons).
    private (int Start, int End)? NearestHead(in TokenView v, int from, int floor)
    {
        (int Start, int End)? any = null;
        for (var k = from; k >= floor; k--)
        {
            if (v.IsBoundary(k))
            {
                break;
            }

            var n = lexicon.CountedHeads.MatchBackward(v.Text, v.Tokens, k + 1, floor, out _);
            if (n > 0)
            {
                any ??= (k + 1 - n, k + 1);
                if (AfterFigure(v, k + 1 - n))
                {
                    return (k + 1 - n, k + 1);
                }
            }
        }

        return any;
    }

    private bool AfterFigure(in TokenView v, int head)
    {
        for (var k = head - 1; k >= 0 && k >= head - ModifierReach; k--)
        {
            if (v[k].Kind == TokenKind.Number || (v.IsWord(k) && lexicon.Numbers.ContainsKey(v.Chars(k))))
            {
                return true;
            }

            var partitive = v.IsWord(k, "of") && v.IsAnyWord(k + 1, "the", "these", "those");
            if (!partitive && !IsModifier(v, k, k) && !v.IsAnyWord(k, "the", "these", "those"))
            {
                return false;
            }
        }

        return false;
    }

    // A head found before the figure, labelled when it is a casualty word ("the death toll" -> killed).
    // A generic noun there takes its casualty word ("32 people were wounded …, eight of them" -> wounded).
    private CountedPhrase Labelled(in TokenView v, int start, int end)
    {
        var phrase = WithScope(v, start, end);
        if (CasualtyLabel(v, start, end) is { } label)
        {
            return phrase with { Label = label };
        }

        return end == start + 1 && lexicon.Generic.Contains(v.Chars(start)) && Predicate(v, end, out var cs, out var ce, out var casualty)
            ? new CountedPhrase(cs, ce, -1, -1) { Label = casualty }
            : phrase;
    }

    // The label of a casualty phrase ending at end ("Russian dead" -> killed), or null.
    private string? CasualtyLabel(in TokenView v, int start, int end)
    {
        var n = lexicon.Casualties.MatchBackward(v.Text, v.Tokens, end, start, out var label);
        return n > 0 ? label : null;
    }

    // Casualty readings of a counted noun: the noun is itself one ("17 dead"), carries one before it ("101 dead soldiers"),
    // is followed by one ("16 people died", "43,000 soldiers had been killed") or is the object of one ("killed 17 people").
    // A generic noun gives way to the casualty word; a specific one keeps its place before it.
    private CountedPhrase? Casualty(in TokenView v, int end, int start, int head, int stop)
    {
        if (CasualtyLabel(v, head, stop) is { } own)
        {
            return WithScope(v, start, stop) with { Label = own };
        }

        var generic = lexicon.Generic.Contains(v.Chars(head)) && stop == head + 1;
        for (var k = start; k < head; k++)
        {
            if (!generic && lexicon.Casualties.MatchForward(v.Text, v.Tokens, k, head, out var before) == 1)
            {
                return WithScope(v, start, stop) with { Label = Words(v, head, stop) + " " + before };
            }
        }

        // A specific noun keeps its plain reading when captured or missing ("one soldier was captured" counts a soldier).
        if (Predicate(v, stop, out var cs, out var ce, out var label) && (generic || label.StartsWith("killed", StringComparison.Ordinal) || label == "wounded"))
        {
            return generic
                ? WithScope(v, cs, ce) with { Label = label }
                : WithScope(v, start, stop) with { Label = Words(v, start, stop) + " " + label };
        }

        if (VerbBefore(v, end) is { } verb)
        {
            if (generic)
            {
                var scope = Scope(v, stop, v.Count);
                return new CountedPhrase(verb, verb + 1, scope.Start, scope.End) { Label = CasualtyVerb(v, verb) };
            }

            return WithScope(v, start, stop) with { Label = Words(v, start, stop) + " " + CasualtyVerb(v, verb) };
        }

        return null;
    }

    // "were killed", "have died", "had been killed or wounded", "now lie dead or wounded" at token k.
    private bool Predicate(in TokenView v, int k, out int start, out int end, out string label)
    {
        start = end = -1;
        label = string.Empty;
        var j = k;
        for (var skipped = 0; skipped < 4 && (v.IsAnyWord(j, Auxiliaries) || IsQuote(v, j)); skipped++)
        {
            j++;
        }

        var n = lexicon.Casualties.MatchForward(v.Text, v.Tokens, j, v.Count, out var found);
        if (n == 0 || (j == k && v.IsWord(j, "death")))
        {
            return false;
        }

        (start, end, label) = (j, j + n, found);
        return true;
    }

    // Token of an active casualty verb shortly before the figure ending at end ("killed at least 16"), or null.
    private int? VerbBefore(in TokenView v, int end)
    {
        for (var k = end - 1; k >= 0 && k >= end - FigureReach; k--)
        {
            if (CasualtyVerb(v, k) is not null)
            {
                return k;
            }

            // "the deaths of at least 15 civilians", "the injury of at least 30 others".
            if (v.IsWord(k, "of") && v.IsAnyWord(k - 1, CasualtyNouns))
            {
                return k - 1;
            }

            var figureToken = v[k].Kind == TokenKind.Number || v.IsAnyWord(k, FigureWords)
                || (v.IsWord(k) && lexicon.Numbers.ContainsKey(v.Chars(k)));
            if (!figureToken)
            {
                return null;
            }
        }

        return null;
    }

    private static string? CasualtyVerb(in TokenView v, int k) =>
        v.IsWord(k) && CasualtyVerbs.TryGetValue(v.Chars(k), out var label) ? label : null;

    // "the number of North Korean troops in Russia", "its estimate of the contingent itself" (a reflexive is a stop word).
    // A collective noun for the force sent ("contingent", "force", "deployment") keeps its own word and takes no troops
    // label: each also names other things (a press contingent, an air force, a deployment of launchers), and a sentence
    // about losses gives its figures a casualty event, under which a troops label would file the size of the force
    // among the troops lost.
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
            // "soldiers killed or wounded in Kursk": a casualty phrase of several words is read whole, its "or" included.
            if (depth <= 0 && lexicon.Casualties.MatchForward(v.Text, v.Tokens, k, limit, out _) is > 1 and var n)
            {
                k += n - 1;
                continue;
            }

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
        var phrase = new CountedPhrase(j, Math.Max(j, k), scope.Start, scope.End);
        return k > j && CasualtyLabel(v, j, k) is { } label ? phrase with { Label = label } : phrase;
    }

    // Scans forward for a head noun; only modifiers (words that are not function words) may come before it.
    private bool TryHead(in TokenView v, int j, out int head, out int stop)
    {
        head = stop = -1;
        for (var k = j; k < v.Count && k < j + Window; k++)
        {
            var n = lexicon.CountedHeads.MatchForward(v.Text, v.Tokens, k, v.Count, out _);

            // "two injured women", "two wounded young men": a casualty word before another noun describes it.
            var adjective = n > 0 && lexicon.Casualties.MatchForward(v.Text, v.Tokens, k, k + n, out _) == n && NounAhead(v, k + n);
            if (n > 0 && !adjective)
            {
                (head, stop) = (k, k + n);
                return true;
            }

            if (!adjective && !IsModifier(v, j, k))
            {
                break;
            }
        }

        // A plain plural the lexicon does not know still counts, after a few modifiers ("five Russian cargo ships",
        // "three escort vessels"); a measure ends the phrase at itself so that it is read as a measure.
        for (var k = j; k < v.Count && k < j + ModifierReach; k++)
        {
            if (IsPlural(v, k))
            {
                (head, stop) = (k, k + 1);
                return true;
            }

            if (!IsModifier(v, j, k) || v.IsAnyWord(k, Measures))
            {
                break;
            }
        }

        return false;
    }

    private bool IsModifier(in TokenView v, int j, int k)
    {
        var hyphen = (v.IsPunct(k, '-') || v.IsPunct(k, '\u2011')) && v.Glued(k) && v.Glued(k + 1) && k > j;
        return hyphen || (v.IsWord(k) && !IsStop(v, k) && !lexicon.Numbers.ContainsKey(v.Chars(k)));
    }

    // The ending is tested before the lexicons: it rules out most words for a fraction of their lookups.
    private bool IsPlural(in TokenView v, int k)
    {
        if (!v.IsWord(k) || v[k].Length < 4)
        {
            return false;
        }

        var w = v.Chars(k);
        return w[^1] == 's' && w[^2] != 's' && w[^2] != '\'' && w[^2] != '\u2019'
            && !v.IsCapitalised(k) && !IsStop(v, k) && !lexicon.Numbers.ContainsKey(w);
    }

    // "several hundred of these soldiers belong to the marine brigade": the figure counts the marine brigade.
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
        var scope = ScopeAfter(v, end);
        return new CountedPhrase(start, end, scope.Start, scope.End);
    }

    // The place of a counted phrase ending before token end: right after it, or past a participle of being there ("400
    // soldiers gathering at a training site"), so that a count of those in one place is not read as a count everywhere.
    private (int Start, int End) ScopeAfter(in TokenView v, int end)
    {
        var scope = Scope(v, end, v.Count);
        if (scope.Start >= 0)
        {
            return scope;
        }

        return v.IsAnyWord(end, PresenceParticiples) && !v.IsCapitalised(end) ? Scope(v, end + 1, v.Count) : scope;
    }

    // A head noun at token j or after one or two plain modifiers ("women", "young men"); a casualty word there is the
    // predicate ("wounded soldiers killed"), not more of the noun.
    private bool NounAhead(in TokenView v, int j)
    {
        for (var k = j; k < v.Count && k < j + 3; k++)
        {
            if (lexicon.CountedHeads.MatchForward(v.Text, v.Tokens, k, v.Count, out _) > 0 || IsPlural(v, k))
            {
                return lexicon.Casualties.MatchForward(v.Text, v.Tokens, k, v.Count, out _) == 0 || k == j;
            }

            if (v.IsCapitalised(k) || !IsModifier(v, j, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A place phrase ("in Russia", "in the Kursk region", "on the front line") starting at token <paramref name="j"/>.</summary>
    public (int Start, int End) Scope(in TokenView v, int j, int limit)
    {
        if (j >= limit || !v.IsAnyWord(j, ScopePrepositions) || v.IsCapitalised(j))
        {
            return (-1, -1);
        }

        var k = j + 1;
        if (v.IsAnyWord(k, "the", "a", "an"))
        {
            k++;
        }

        var content = 0;
        var end = -1;
        for (; k < limit && content < 6; k++)
        {
            if ((v.IsCapitalised(k) && !IsStop(v, k) && !v.IsAnyWord(k, Calendar)) || v.IsAnyWord(k, PlaceNouns))
            {
                content++;
                end = k + 1;
            }
            else if (PlaceModifier(v, k, limit))
            {
                // "at a training site", "in a field hospital": a plain word before a place noun is part of the place.
                continue;
            }
            else if (!(v.IsPunct(k, '-') && v.Glued(k) && v.Glued(k + 1)))
            {
                break;
            }
        }

        // "to" before a verb is an infinitive, not a destination.
        return content == 0 ? (-1, -1) : (j, end);
    }

    // A lower-case word that is no function word, right before a place noun or before one more such word and a place noun.
    private bool PlaceModifier(in TokenView v, int k, int limit)
    {
        for (var m = k; m < limit && m < k + 2; m++)
        {
            if (!v.IsWord(m) || v.IsCapitalised(m) || IsStop(v, m) || lexicon.Numbers.ContainsKey(v.Chars(m)))
            {
                return false;
            }

            if (v.IsAnyWord(m + 1, PlaceNouns) && !v.IsCapitalised(m + 1))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsStop(in TokenView v, int i) => lexicon.Stop.Contains(v.Chars(i));

    private static bool IsQuote(in TokenView v, int i) =>
        (uint)i < (uint)v.Count && v[i].Kind == TokenKind.Punctuation && v.Text[v[i].Start] is '"' or '\u201C' or '\u201D';

    private static bool IsPossessive(in TokenView v, int i)
    {
        var w = v.Chars(i);
        return w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }

    // Lower-cased words of a span, acronyms kept ("KPA"), for labels built from the text.
    private static string Words(in TokenView v, int start, int end) => v.LowerWords(start, end);
}
