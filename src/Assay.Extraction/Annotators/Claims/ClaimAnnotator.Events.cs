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
        var candidates = OutsideSource(events, attribution);
        if (candidates.Count == 0)
        {
            // No trigger: what the number counts says what happened ("300 killed", "6,700 containers").
            if (quantity?.Counted is { } what && CountedEvent(what) is { Class: not "evidence" } fromCounted)
            {
                cues.Add("event:counted:" + fromCounted.Head);
                return new EventSpan(-1, quantity.Span, fromCounted.Type, "counted:" + fromCounted.Head, null, what, null);
            }

            return null;
        }

        // "the agreement to provide mutual assistance": the agreement is the event, the assistance its theme.
        var agreement = candidates.Find(e => e.Type == EventType.Agreement);
        var aid = candidates.Find(e => e.Type == EventType.Aid);
        if (agreement is not null && aid is not null && quantity is null)
        {
            cues.Add("event:" + agreement.CueName);
            return agreement with { Theme = d.Text[aid.Trigger.Start..aid.Trigger.End] };
        }

        EventSpan? chosen = null;
        if (quantity is not null)
        {
            // A casualty word right after the number ("300 killed") is that number's event.
            chosen = CasualtyAfter(candidates, quantity.Span)
                ?? Nearest(candidates, quantity.Span.Start, verbsOnly: true)
                ?? Nearest(candidates, quantity.Span.Start, verbsOnly: false);
        }

        chosen ??= candidates.Find(e => EventAnnotator.IsVerb(e.CueName)) ?? candidates[0];

        // What the number counts can overrule the trigger: people are deployed, materiel is supplied.
        if (quantity?.Counted is { } counted && CountedEvent(counted) is { } implied)
        {
            if (implied.Class == "evidence")
            {
                // "four videos of the strike", "200 mourners": the figure counts evidence or onlookers, not the event.
                cues.Add("event:evidence:" + implied.Head);
                return null;
            }

            if (implied.Class == "casualty" && chosen.Type != EventType.Casualty)
            {
                chosen = chosen with { Type = EventType.Casualty };
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
            else if (implied.Class == "money" && chosen.Type is not (EventType.Agreement or EventType.Supply))
            {
                // Money in this story is aid unless it pays for a deal or a shipment.
                chosen = chosen with { Type = EventType.Aid };
            }
        }

        // "provide Russia with military assistance" is aid rather than supply.
        if (chosen.Type == EventType.Supply && aid is not null && aid.Trigger.Start > chosen.Trigger.Start)
        {
            chosen = chosen with { Type = EventType.Aid, Theme = chosen.Theme ?? d.Text[aid.Trigger.Start..aid.Trigger.End] };
        }

        cues.Add("event:" + chosen.CueName);
        return chosen;
    }

    private static readonly FrozenDictionary<string, (EventType Type, string Class)> CountedEvents =
        Assay.Extraction.Lexicons.LexiconFile.Read("event-counted.tsv")
            .ToDictionary(r => r.Fields[0], r => (Enum.Parse<EventType>(r.Fields[1]), r.Fields[2]), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (EventType Type, string Class)>.AlternateLookup<ReadOnlySpan<char>> CountedLookup =
        CountedEvents.GetAlternateLookup<ReadOnlySpan<char>>();

    // The event the counted phrase's head noun implies; "killed or wounded" and "north korean troops" read by their last word.
    private static (EventType Type, string Class, string Head)? CountedEvent(string counted)
    {
        // Read words from the right without splitting: this runs once per claim.
        var rest = counted.AsSpan().TrimEnd();
        while (rest.Length > 0)
        {
            var space = rest.LastIndexOf(' ');
            var word = rest[(space + 1)..];
            if (CountedLookup.TryGetValue(word, out var e))
            {
                return (e.Type, e.Class, word.ToString().ToLowerInvariant());
            }

            if (word.Length > 3 && word[^1] != 's' && CountedEvents.TryGetValue(string.Concat(word, "s"), out e))
            {
                return (e.Type, e.Class, word.ToString().ToLowerInvariant());
            }

            rest = space < 0 ? [] : rest[..space].TrimEnd();
        }

        return null;
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

    private static EventSpan? Nearest(List<EventSpan> events, int point, bool verbsOnly)
    {
        EventSpan? best = null;
        var bestDistance = int.MaxValue;
        foreach (var e in events)
        {
            if (verbsOnly && !EventAnnotator.IsVerb(e.CueName))
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
