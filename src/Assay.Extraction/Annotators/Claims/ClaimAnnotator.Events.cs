using System.Collections.Frozen;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;
using Assay.Extraction.Annotators.Attributions;
using Assay.Extraction.Annotators.Events;
using Assay.Extraction.Annotators.Hedges;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Claims;

public sealed partial class ClaimAnnotator
{
    private static EventSpan? ChooseEvent(AnnotatedDocument d, List<EventSpan> events, Quantity? quantity, AttributionSpan? attribution, List<string> cues)
    {
        var candidates = WithoutEarlierClauses(d, WithoutLaterFiguresCasualties(d, OutsideSource(events, attribution), quantity), quantity);
        EventSpan? chosen = null;
        if (candidates.Count == 0)
        {
            if (quantity is null)
            {
                return null;
            }

            // "an army of more than a million": the size of a whole force has no event, not even the one before it.
            if (quantity.Counted is { } force && CountedEvent(force) is { Class: "whole" } sized)
            {
                cues.Add("event:whole:" + sized.Head);
                return null;
            }

            // A bare figure with no trigger ("The figure of more than 200 was first reported...", "Five of them flew
            // on") and an item of a list continue the event of the figure before them.
            chosen = quantity.Counted is null || IsFragment(d, quantity.Span) ? Carried(d, quantity) : null;
            if (chosen is null)
            {
                // No trigger: what the number counts says what happened ("300 killed", "6,700 containers").
                if (quantity.Counted is { } what && CountedEvent(what) is { Class: not "evidence" } fromCounted)
                {
                    cues.Add(PrefixedCues.CountedEvent.Of(fromCounted.Head));
                    return new EventSpan(-1, quantity.Span, fromCounted.Type, "counted:" + fromCounted.Head, null, what, null);
                }

                return null;
            }
        }

        // "the agreement to provide mutual assistance": the agreement is the event, the assistance its theme.
        var agreement = candidates.Find(e => e.Type == EventType.Agreement);
        var aid = candidates.Find(e => e.Type == EventType.Aid);
        if (agreement is not null && aid is not null && quantity is null)
        {
            cues.Add(PrefixedCues.Event.Of(agreement.CueName));
            return agreement with { Theme = d.Text[aid.Trigger.Start..aid.Trigger.End] };
        }

        if (chosen is null && quantity is not null && PartOfPrevious(d, quantity) is { } whole)
        {
            // "at least 15 civilians, including one child": a part shares the event of the figure it belongs to.
            chosen = whole;
        }

        if (chosen is null && quantity is not null)
        {
            // A recruiting word nearest the figure leaves it without a tracked event. A casualty word right after the
            // number ("300 killed") is that number's event, and so is an event noun heading the number's own phrase
            // ("a $1 billion weapons shipment", "two missile strikes"); else the nearest verb of the main clause.
            chosen = Outside(Nearest(candidates, quantity.Span.Start, verbsOnly: false))
                ?? CasualtyRightAfter(d, candidates, quantity.Span)
                ?? OwnNoun(d, candidates, quantity.Span)
                ?? MainClause(d, candidates, quantity.Span, Nearest(candidates, quantity.Span.Start, verbsOnly: true))
                ?? Nearest(candidates, quantity.Span.Start, verbsOnly: false);
        }

        chosen ??= candidates.Find(e => EventAnnotator.IsVerb(e.CueName) && e.Type != EventType.None) ?? candidates.Find(e => e.Type != EventType.None) ?? candidates[0];

        // What the number counts can overrule the trigger: people are deployed, materiel is supplied.
        if (quantity?.Counted is { } counted && CountedEvent(counted) is { } implied)
        {
            if (implied.Class is "evidence" or "whole")
            {
                // "four videos of the strike", "200 mourners": the figure counts evidence or onlookers, not the event;
                // "sent a few thousand of an army of a million": the million sizes the army, not the part sent.
                cues.Add("event:" + implied.Class + ":" + implied.Head);
                return null;
            }

            if (implied.Class == "casualty" && chosen.Type != EventType.Casualty)
            {
                chosen = chosen with { Type = EventType.Casualty };
            }
            else if (implied.Class == "combat" && chosen.Type != EventType.Combat)
            {
                // "two of the launches killed ...", "400 buildings were damaged": the count is of strikes or of what they hit.
                chosen = chosen with { Type = EventType.Combat };
            }
            else if (implied.Class == "force" && chosen.Type is EventType.Casualty or EventType.Supply)
            {
                // "the contingent of 12,000": a force's size counts the troops sent, never the lost or goods delivered.
                chosen = chosen with { Type = EventType.Deploy };
            }
            else if (implied.Class == "materiel" && chosen.Type == EventType.Aid)
            {
                // "the package includes tens of thousands of shells": materiel handed over is supplied.
                chosen = chosen with { Type = EventType.Supply };
            }
            else if (implied.Class == "materiel" && chosen.Type == EventType.Deploy)
            {
                chosen = chosen with { Type = EventType.Supply };
            }
            else if (implied.Class == "materiel" && chosen.Type == EventType.Casualty)
            {
                // "losses include 9,491 tanks": materiel is destroyed in combat, not killed.
                chosen = chosen with { Type = EventType.Combat };
            }
            else if (implied.Class == "person" && chosen.Type == EventType.Supply)
            {
                chosen = chosen with { Type = EventType.Deploy };
            }
            else if (implied.Class == "money" && MoneyIsAid(chosen, aid))
            {
                // Money is aid unless it pays for a deal or is the price of a shipment named with it.
                chosen = chosen with { Type = EventType.Aid };
            }
        }

        // "provide Russia with military assistance" is aid rather than supply; "bought if funding is found" is not.
        if (chosen.Type == EventType.Supply && aid is not null && ProvidesWith(d, chosen.Trigger, aid.Trigger))
        {
            chosen = chosen with { Type = EventType.Aid, Theme = chosen.Theme ?? d.Text[aid.Trigger.Start..aid.Trigger.End] };
        }

        cues.Add(PrefixedCues.Event.Of(chosen.CueName));
        return chosen;
    }

    // The first casualty word just after the figure with no other figure between. A loop, not List.Find: a lambda
    // capturing the figure would make every call of ChooseEvent allocate its closure, used or not.
    private static EventSpan? CasualtyRightAfter(AnnotatedDocument d, List<EventSpan> events, TextSpan figure)
    {
        foreach (var e in events)
        {
            if (e.Type == EventType.Casualty && e.Trigger.Start >= figure.End && e.Trigger.Start - figure.End < 40
                && !FigureBetween(d, figure.End, e.Trigger.Start))
            {
                return e;
            }
        }

        return null;
    }

    // "7,000 troops are in the region, and 200 had been killed": a figure whose own clause says where it is does not
    // take a casualty word that follows another figure; that word is the other figure's. The sentence's own list is
    // returned when none is dropped.
    private static List<EventSpan> WithoutLaterFiguresCasualties(AnnotatedDocument d, List<EventSpan> events, Quantity? quantity)
    {
        if (quantity is null || !AnyLaterCasualty(d, events, quantity.Span) || !PhraseStatesPresence(d, quantity))
        {
            return events;
        }

        var kept = new List<EventSpan>(events.Count);
        foreach (var e in events)
        {
            if (!IsLaterCasualty(d, e, quantity.Span))
            {
                kept.Add(e);
            }
        }

        return kept;
    }

    // "Casualties numbered several hundred; the ministry has said nothing since, though it raised its count of the
    // contingent to 12,000": a figure that counts a thing of its own in a later clause with a verb of its own (after ";"
    // or ", though", ", but", ", while" …) does not take an event word of an earlier clause. A figure that names nothing
    // ("…, while Kyiv put the figure at 3,000") still speaks of the earlier clause's event. The sentence's own list is
    // returned when none is dropped.
    private static List<EventSpan> WithoutEarlierClauses(AnnotatedDocument d, List<EventSpan> events, Quantity? quantity)
    {
        if (quantity?.Counted is null || events.Count == 0 || ClauseBreakBefore(d, quantity.Span) is not { } clause
            || !AnyBefore(events, clause))
        {
            return events;
        }

        var kept = new List<EventSpan>(events.Count);
        foreach (var e in events)
        {
            if (e.Trigger.End > clause)
            {
                kept.Add(e);
            }
        }

        return kept;
    }

    private static bool AnyBefore(List<EventSpan> events, int position)
    {
        foreach (var e in events)
        {
            if (e.Trigger.End <= position)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ClauseJoins = [", though ", ", although ", ", but ", ", while ", ", whereas ", ", yet "];

    // The offset of the last clause break of the figure's sentence before it (a ";" or a comma and a conjunction) when
    // the words from there to the figure hold a verb; else null.
    private static int? ClauseBreakBefore(AnnotatedDocument d, TextSpan figure)
    {
        var sentence = SentenceAt(d, figure.Start);
        if (sentence.Start >= figure.Start)
        {
            return null;
        }

        var before = d.Text.AsSpan(sentence.Start, figure.Start - sentence.Start);
        var at = before.LastIndexOf(';');
        var length = 1;
        foreach (var join in ClauseJoins)
        {
            var j = before.LastIndexOf(join, StringComparison.Ordinal);
            if (j > at)
            {
                (at, length) = (j, join.Length);
            }
        }

        return at >= 0 && HasVerb(before[(at + length)..]) ? sentence.Start + at : null;
    }

    // A finite verb among the words of a clause: an auxiliary or a common reporting verb ("has", "puts"), or a past
    // form in "-ed", that no determiner turns into a noun or an adjective ("raised its estimate", not "the reported
    // figure" or "its estimates").
    private static bool HasVerb(ReadOnlySpan<char> clause)
    {
        var afterDeterminer = false;
        foreach (var range in clause.Split(' '))
        {
            var word = clause[range].Trim(ClauseWordTrim);
            if (word.Length == 0)
            {
                continue;
            }

            if (!afterDeterminer && (FiniteVerbLookup.Contains(word)
                || (word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal))))
            {
                return true;
            }

            afterDeterminer = VerbDeterminerLookup.Contains(word);
        }

        return false;
    }

    private const string ClauseWordTrim = ",:\"'()\u201C\u201D\u2018\u2019";

    private static readonly WordSet FiniteVerbLookup = new(
        ["has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should",
         "says", "say", "said", "puts", "put", "gives", "gave", "remains", "remain", "stands", "stood", "numbers", "estimates"],
        StringComparer.Ordinal);

    private static readonly WordSet VerbDeterminerLookup = new(
        ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"], StringComparer.OrdinalIgnoreCase);

    private static bool AnyLaterCasualty(AnnotatedDocument d, List<EventSpan> events, TextSpan figure)
    {
        foreach (var e in events)
        {
            if (IsLaterCasualty(d, e, figure))
            {
                return true;
            }
        }

        return false;
    }

    // "11,000 are in Kursk", "11,000 North Korean troops are in Kursk": presence right after the figure or its counted words.
    private static bool PhraseStatesPresence(AnnotatedDocument d, Quantity quantity) =>
        StatesPresence(d.Text, quantity.Span.End)
        || (quantity.CountedSpan is { } counted && counted.Start >= quantity.Span.End && StatesPresence(d.Text, counted.End));

    private static bool IsLaterCasualty(AnnotatedDocument d, EventSpan e, TextSpan figure) =>
        e.Type == EventType.Casualty && e.Trigger.Start >= figure.End && FigureBetween(d, figure.End, e.Trigger.Start);

    // Money is aid unless a deal names it ("agreed to pay $1.75 billion under a deal") or a shipment noun does ("a $1
    // billion weapons shipment"); money earmarked to buy weapons is still aid, and signing an aid package gives aid.
    private static bool MoneyIsAid(EventSpan chosen, EventSpan? aid) => chosen.Type switch
    {
        EventType.Aid => false,
        EventType.Agreement => EventAnnotator.IsVerb(chosen.CueName) && aid is not null,
        EventType.Supply => EventAnnotator.IsVerb(chosen.CueName),
        _ => true,
    };

    // An event noun at the head of the figure's own phrase: at most two bare modifiers between them.
    private static EventSpan? OwnNoun(AnnotatedDocument d, List<EventSpan> events, TextSpan figure)
    {
        foreach (var e in events)
        {
            if (EventAnnotator.IsVerb(e.CueName) || e.Trigger.Start < figure.End || e.Trigger.Start - figure.End > 30)
            {
                continue;
            }

            var between = d.Text.AsSpan(figure.End, e.Trigger.Start - figure.End).Trim();
            var words = between.Length == 0 ? 0 : between.Count(' ') + 1;
            if (words <= 2 && between.IndexOfAny(OwnNounStops) < 0 && !HasFunctionWord(between))
            {
                return e;
            }
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> OwnNounStops = System.Buffers.SearchValues.Create(",;:.\"()\u201C\u201D");

    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "of", "in", "on", "at", "by", "for", "to", "from", "with", "and", "or", "as", "after", "before", "during",
        "since", "into", "were", "was", "are", "is", "had", "have", "has", "been", "be", "more", "its", "their", "his", "her");

    private static readonly WordSet FunctionWordLookup = new(FunctionWords);

    private static bool HasFunctionWord(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            if (FunctionWordLookup.Contains(words[range]))
            {
                return true;
            }
        }

        return false;
    }

    // The event of the last figure before this one, or of the line introducing a list, when it had one and this
    // figure states no presence of its own.
    private static EventSpan? Carried(AnnotatedDocument d, Quantity quantity)
    {
        if (StatesPresence(d.Text, quantity.Span.End))
        {
            return null;
        }

        for (var k = d.Claims.Count - 1; k >= 0; k--)
        {
            var previous = d.Claims[k];
            if (previous.QuantityIndex is null && !previous.Text.AsSpan().TrimEnd().EndsWith(":", StringComparison.Ordinal))
            {
                continue;
            }

            if (quantity.Counted is null && previous.QuantityIndex is not null)
            {
                previous = NearestInSize(d, k, quantity);
            }

            return previous.Event == EventType.None
                ? null
                : new EventSpan(-1, quantity.Span, previous.Event, "carried:" + previous.Id, previous.Agent, previous.Theme, previous.Location);
        }

        return null;
    }

    // "…estimates that 10,000 to 12,000 troops are in Russia, and that 300 had been killed and 2,700 wounded. The
    // Pentagon now says between 11,000 and 12,000.": a figure that names nothing continues the figure of the sentence
    // before that is nearest to it in size, not merely the last one. Claims of one sentence share its span; the last
    // of them (claims[last]) wins a tie.
    private static Claim NearestInSize(AnnotatedDocument d, int last, Quantity quantity)
    {
        var claims = d.Claims;
        var best = claims[last];
        if (Size(quantity) is not { } size)
        {
            return best;
        }

        var bestDistance = double.MaxValue;
        for (var k = last; k >= 0 && claims[k].Span == claims[last].Span; k--)
        {
            if (claims[k].QuantityIndex is { } q && Size(d.Quantities[q]) is { } other
                && Math.Abs(Math.Log(other / size)) is var distance && distance < bestDistance)
            {
                best = claims[k];
                bestDistance = distance;
            }
        }

        return best;
    }

    // A figure's size for comparing magnitudes: the middle of its bounds, or its one bound; null when it has none above zero.
    private static double? Size(Quantity q) => (q.Low, q.High) switch
    {
        ({ } low and > 0, { } high and > 0) => Math.Sqrt(low * high),
        ({ } low and > 0, null) => low,
        (null, { } high and > 0) => high,
        _ => null,
    };

    // "10,000 troops sent to Russia have been assigned to units and have engaged in combat": a participle right after
    // the figure's noun is a reduced relative; what the main clause says of the figure is its event.
    private static EventSpan? MainClause(AnnotatedDocument d, List<EventSpan> events, TextSpan figure, EventSpan? verb)
    {
        if (verb is null || verb.Trigger.Start < figure.End || verb.Trigger.Start - figure.End > 40)
        {
            return verb;
        }

        var between = d.Text.AsSpan(figure.End, verb.Trigger.Start - figure.End).Trim();
        if (between.Length == 0 || between.IndexOfAny(OwnNounStops) >= 0 || HasFunctionWord(between))
        {
            return verb;
        }

        var sentence = SentenceAt(d, verb.Trigger.Start);
        var rest = d.Text.AsSpan(verb.Trigger.End, Math.Max(0, sentence.End - verb.Trigger.End));
        var stop = rest.IndexOfAny(OwnNounStops);
        var clause = stop < 0 ? rest : rest[..stop];
        var finite = -1;
        foreach (var auxiliary in (ReadOnlySpan<string>)[" have ", " has ", " had ", " are ", " were ", " is ", " was ", " will "])
        {
            var at = clause.IndexOf(auxiliary, StringComparison.Ordinal);
            if (at >= 0 && (finite < 0 || at < finite))
            {
                finite = at;
            }
        }

        if (finite < 0)
        {
            return verb;
        }

        var from = verb.Trigger.End + finite;
        EventSpan? main = null;
        foreach (var e in events)
        {
            if (e.Trigger.Start > from && e.Type != EventType.None && (main is null || e.Trigger.Start < main.Trigger.Start))
            {
                main = e;
            }
        }

        return main ?? verb;
    }

    // "Of the 2,000 marines sent, 40 were wounded": a casualty word after another figure is that figure's.
    // Quantities are in text order: the first one starting at or after the start settles it.
    private static bool FigureBetween(AnnotatedDocument d, int from, int to)
    {
        var first = d.FirstQuantityFrom(from);
        return first < d.Quantities.Count && d.Quantities[first].Span.Start < to;
    }

    // The event of the figure just before in the same sentence when this one is introduced as a part of it.
    private static EventSpan? PartOfPrevious(AnnotatedDocument d, Quantity quantity)
    {
        if (d.Claims.Count == 0 || d.Claims[^1] is not { QuantityIndex: not null } previous || !previous.Span.Contains(quantity.Span)
            || previous.Event == EventType.None)
        {
            return null;
        }

        var before = d.Text.AsSpan(previous.Span.Start, quantity.Span.Start - previous.Span.Start).TrimEnd();
        foreach (var opener in (ReadOnlySpan<string>)["including", "among them", "of whom", "among whom"])
        {
            if (before.EndsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return new EventSpan(-1, quantity.Span, previous.Event, "part-of:" + previous.Id, previous.Agent, previous.Theme, previous.Location);
            }
        }

        return null;
    }

    // A sentence that does not end like one: a list item or a summary line ("HUR estimate, 4 November: ~11,000").
    private static bool IsFragment(AnnotatedDocument d, TextSpan figure)
    {
        var sentence = SentenceAt(d, figure.Start);
        var text = d.Text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
        return text.Length > 0 && text[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or ':' or '\'' or '\u2019');
    }

    // The sentence holding a position; sentences are in text order, so search by halves.
    private static TextSpan SentenceAt(AnnotatedDocument d, int position)
    {
        var sentences = d.Sentences;
        var (low, high) = (0, sentences.Count - 1);
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (sentences[mid].End <= position)
            {
                low = mid + 1;
            }
            else if (sentences[mid].Start > position)
            {
                high = mid - 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return new TextSpan(position, position);
    }

    // "provide Russia with military assistance": the aid is what the supply verb hands over.
    private static bool ProvidesWith(AnnotatedDocument d, TextSpan supply, TextSpan aid)
    {
        if (aid.Start <= supply.End)
        {
            return false;
        }

        var between = d.Text.AsSpan(supply.End, aid.Start - supply.End);
        return between.Contains(" with ", StringComparison.Ordinal) && between.IndexOfAny(',', ';') < 0;
    }

    private static readonly FrozenDictionary<string, (EventType Type, string Class)> CountedEvents =
        Assay.Extraction.Lexicons.LexiconFile.Read("event-counted.tsv")
            .ToDictionary(r => r.Fields[0], r => (Enum.Parse<EventType>(r.Fields[1]), r.Fields[2]), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (EventType Type, string Class)>.AlternateLookup<ReadOnlySpan<char>> CountedLookup =
        CountedEvents.GetAlternateLookup<ReadOnlySpan<char>>();

    // The event the counted phrase's head noun implies; "killed or wounded" and "north korean troops" read by their last word.
    // Strikes that kill are counted as strikes: "launches killed" is combat, "soldiers killed" a casualty.
    private static (EventType Type, string Class, string Head)? CountedEvent(string counted)
    {
        // Read words from the right without splitting: this runs once per claim. The plural is tried in a stack
        // buffer rather than a new string.
        (EventType Type, string Class, string Head)? found = null;
        var rest = counted.AsSpan().TrimEnd();
        Span<char> plural = stackalloc char[64];
        while (rest.Length > 0)
        {
            var space = rest.LastIndexOf(' ');
            var word = rest[(space + 1)..];
            if (CountedLookup.TryGetValue(word, out var e)
                || (word.Length > 3 && word[^1] != 's' && TryPlural(word, plural, out e)))
            {
                if (found is null || e.Class == "combat")
                {
                    found = (e.Type, e.Class, word.ToString().ToLowerInvariant());
                }

                if (found.Value.Class != "casualty" || e.Class == "combat")
                {
                    return found;
                }
            }

            rest = space < 0 ? [] : rest[..space].TrimEnd();
        }

        return found;
    }

    private static bool TryPlural(ReadOnlySpan<char> word, Span<char> buffer, out (EventType Type, string Class) e)
    {
        if (word.Length >= buffer.Length)
        {
            return CountedEvents.TryGetValue(string.Concat(word, "s"), out e);
        }

        word.CopyTo(buffer);
        buffer[word.Length] = 's';
        return CountedLookup.TryGetValue(buffer[..(word.Length + 1)], out e);
    }

    private static bool IsFutureTarget(AnnotatedDocument d, TextSpan sentence, TextSpan figure, TimeRef time)
    {
        if (time.Relation != TimeRelation.By || d.Article.Published is not { } published)
        {
            return false;
        }

        var now = published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (string.CompareOrdinal(time.Value, now[..Math.Min(time.Value.Length, now.Length)]) < 0)
        {
            return false;
        }

        // A future auxiliary in the figure's clause.
        var from = Math.Max(sentence.Start, figure.Start - ModalReach);
        var window = d.Text.AsSpan(from, figure.Start - from);
        return window.Contains(" will ", StringComparison.Ordinal) || window.Contains(" would ", StringComparison.Ordinal)
            || window.Contains(" could ", StringComparison.Ordinal) || window.Contains("'ll ", StringComparison.Ordinal);
    }

    // A word that ties the figure to nothing tracked ("recruiting some 30,000 personnel") decides only when it is
    // the nearest event word of all; a verb further away does not outrank it.
    private static EventSpan? Outside(EventSpan? nearest) => nearest is { Type: EventType.None } ? nearest : null;

    private static EventSpan? Nearest(List<EventSpan> events, int point, bool verbsOnly)
    {
        EventSpan? best = null;
        var bestDistance = int.MaxValue;
        foreach (var e in events)
        {
            if (verbsOnly && (!EventAnnotator.IsVerb(e.CueName) || e.Type == EventType.None))
            {
                continue;
            }

            var distance = Math.Abs(e.Trigger.Start - point);
            if (distance < bestDistance)
            {
                best = e;
                bestDistance = distance;
            }
        }

        return best;
    }
}
