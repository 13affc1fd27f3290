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

/// <summary>Assembles claims from the other annotators' spans: one claim per attributed statement, and one per
/// counted quantity when a sentence holds several ("300 killed and 2,700 wounded").</summary>
/// <remarks>
/// A sentence becomes a claim when it holds an event, a quantity, an attribution or a stance cue. The source is
/// the attribution whose scope covers the claim; where media reports and a stronger source (an agency's
/// assessment) both cover it, the stronger one is the source and the media a via. With no attribution the outlet
/// itself is the source. Certainty starts from the stance (<see cref="BaseCertainty"/>) and is capped by every
/// hedge in the sentence. A refutation that names no event of its own ("These reports did not stand up to
/// scrutiny") takes the event of the claim before it, and the two claims point at each other through their cues.
/// </remarks>
public sealed class ClaimAnnotator : IAnnotator
{
    // Words of likelihood: a figure they qualify is a judgment or a guess, not a count.
    private static readonly FrozenSet<string> LikelihoodCues = FrozenSet.Create(StringComparer.Ordinal,
        "hedge:likely", "hedge:very-likely", "hedge:highly-likely", "hedge:probably", "hedge:probable", "hedge:may", "hedge:might",
        "hedge:could", "hedge:possibly", "hedge:possible", "hedge:perhaps", "hedge:potentially", "hedge:potential", "hedge:unlikely",
        "hedge:very-unlikely");

    // How far (in characters) a modal reaches to the figure it hedges: about one clause.
    private const int ModalReach = 50;

    /// <inheritdoc/>
    public string Name => "claims";

    /// <summary>Certainty a stance gives before hedges.</summary>
    public static double BaseCertainty(Stance stance) => stance switch
    {
        Stance.Confirmed => 0.95,
        Stance.Asserted => 0.9,
        Stance.Denied => 0.9,
        Stance.Refuted => 0.9,
        Stance.Reported => 0.75,
        Stance.Speculated => 0.35,
        _ => 0.5,
    };

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var attributions = ByIndex(document.Attributions, a => a.Sentence);
        var hedges = ByIndex(document.Hedges, h => h.Sentence);
        var events = ByIndex(document.Events, e => e.Sentence);
        var anchors = new List<int?>();
        var nextQuantity = 0;
        var paragraphs = document.Article.Paragraphs;
        var paragraphIndex = 0;
        Claim? lastAttributed = null;
        var listSource = false;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var sAttributions = attributions.GetValueOrDefault(s) ?? [];
            var sHedges = hedges.GetValueOrDefault(s) ?? [];
            var sEvents = events.GetValueOrDefault(s) ?? [];
            anchors.Clear();

            // Quantities and sentences are both in text order: walk them together.
            while (nextQuantity < document.Quantities.Count && document.Quantities[nextQuantity].Span.Start < sentence.Start)
            {
                nextQuantity++;
            }

            for (var q = nextQuantity; q < document.Quantities.Count && document.Quantities[q].Span.Start < sentence.End; q++)
            {
                if (sentence.Contains(document.Quantities[q].Span))
                {
                    anchors.Add(q);
                }
            }

            var hasStance = sHedges.Exists(h => h.Stance is not null);
            if (anchors.Count == 0)
            {
                if (sEvents.Count == 0 && sAttributions.Count == 0 && !hasStance)
                {
                    continue;
                }

                anchors.Add(null);
            }

            // News writing names a source once and goes on: "The General Staff said... Another 20,790 systems have
            // been destroyed." A claim that credits no one continues the last source named in the same paragraph.
            while (paragraphIndex + 1 < paragraphs.Count && paragraphs[paragraphIndex].End <= sentence.Start)
            {
                // "According to the General Staff, losses include:" hands its source to the list items below it.
                listSource = IntroducesList(document.Text, paragraphs[paragraphIndex]) || (listSource && IsListItem(document.Text, paragraphs[paragraphIndex]));
                paragraphIndex++;
                if (!listSource || !IsListItem(document.Text, paragraphs[paragraphIndex]))
                {
                    lastAttributed = null;
                    listSource = false;
                }
            }

            // Claims of one sentence share its text rather than copying it once each.
            var sentenceText = document.Text[sentence.Start..sentence.End];
            foreach (var anchor in anchors)
            {
                var claim = Build(document, s, sentenceText, anchor, sAttributions, sHedges, sEvents);
                if (sAttributions.Count == 0 && lastAttributed is not null && claim.SourceType == SourceType.Outlet)
                {
                    claim = claim with
                    {
                        Source = lastAttributed.Source,
                        SourceActor = lastAttributed.SourceActor,
                        SourceType = lastAttributed.SourceType,
                        Via = lastAttributed.Via,
                        Cues = [.. claim.Cues, "attrib:carried:" + lastAttributed.Id],
                    };
                }

                document.Claims.Add(claim);
                if (claim.SourceType != SourceType.Outlet)
                {
                    lastAttributed = claim;
                }
            }

            LinkRefutation(document, s, sEvents);
        }
    }

    private static Claim Build(AnnotatedDocument d, int s, string sentenceText, int? anchor, List<AttributionSpan> atts, List<HedgeSpan> hedges, List<EventSpan> events)
    {
        var sentence = d.Sentences[s];
        var quantity = anchor is { } qi ? d.Quantities[qi] : null;
        var cues = new List<string>();
        var point = quantity?.Span.Start ?? (events.Count > 0 ? events[0].Trigger.Start : atts.Count > 0 ? atts[0].Cue.End : sentence.Start);

        var (attribution, via) = ChooseAttribution(atts, point);
        var evt = ChooseEvent(d, events, quantity, attribution, cues);
        if (evt is not null)
        {
            point = quantity?.Span.Start ?? evt.Trigger.Start;
        }

        var time = ChooseTime(d, sentence, quantity?.Span, evt?.Trigger.Start ?? point);
        var stance = ChooseStance(attribution, hedges, quantity?.Span ?? evt?.Trigger);
        if (stance is Stance.Asserted or Stance.Reported && quantity is not null && time is { } by && IsFutureTarget(d, sentence, quantity.Span, d.Times[by]))
        {
            // "will reach 1.1 million by the end of 2024", "would deliver three more by December": a target, not a count.
            stance = Stance.Speculated;
            cues.Add("projection:future-by");
        }
        var certainty = BaseCertainty(stance);
        foreach (var h in hedges)
        {
            if (h.Certainty is { } c && (h.Stance is null or Stance.Speculated or Stance.Reported))
            {
                certainty = Math.Min(certainty, c);
            }

            cues.Add(h.Negated ? "not:" + h.CueName : h.CueName);
        }

        if (attribution is not null)
        {
            cues.Insert(0, "attrib:" + attribution.CueName);
        }

        if (quantity is not null)
        {
            cues.Add("quantity:" + quantity.Cue);
        }

        if (time is { } ti)
        {
            cues.Add("time:" + d.Times[ti].Cue);
        }

        var eventType = evt?.Type ?? EventType.None;
        var theme = quantity?.Counted ?? evt?.Theme;
        if (evt is null && quantity is not null
            && ((quantity.Counted is not null && quantity.Scope is not null && IsForce(quantity.Counted)) || StatesPresence(d.Text, quantity.Span.End)))
        {
            // "The number of KPA members in Russia has been put at...", "11,000-12,000 are in the Kursk region": a
            // presence somewhere is a deployment there.
            eventType = EventType.Deploy;
            cues.Add("implied:presence");
        }

        return new Claim
        {
            Id = "c" + (d.Claims.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Span = sentence,
            Text = sentenceText,
            Event = eventType,
            Agent = evt?.Agent,
            Theme = theme,
            Location = evt?.Location ?? ScopePlace(quantity),
            QuantityIndex = anchor,
            TimeIndex = time,
            Source = attribution?.Source ?? d.Article.Outlet ?? d.Article.Byline ?? "the outlet",
            SourceActor = attribution?.SourceActor,
            SourceType = attribution?.SourceType ?? SourceType.Outlet,
            Via = attribution is null ? [] : [.. via, .. attribution.Via],
            Stance = stance,
            Certainty = Math.Round(certainty, 3),
            Cues = cues,
        };
    }

    // The attributions covering the point; a stronger source outranks media that repeat it.
    private static (AttributionSpan? Source, List<string> Via) ChooseAttribution(List<AttributionSpan> atts, int point)
    {
        var covering = atts.FindAll(a => a.Scope.Contains(point) && !a.SourceSpan.Contains(point));
        if (covering.Count == 0)
        {
            covering = atts.FindAll(a => !a.SourceSpan.Contains(point));
        }

        if (covering.Count == 0)
        {
            covering = atts;
        }

        if (covering.Count == 0)
        {
            return (null, []);
        }

        // The most specific attribution wins: the one with the narrowest scope around the point.
        AttributionSpan? best = null;
        foreach (var a in covering)
        {
            if (a.SourceType is not SourceType.Media && (best is null || a.Scope.Length < best.Scope.Length))
            {
                best = a;
            }
        }

        best ??= covering[0];
        var via = new List<string>();
        foreach (var a in covering)
        {
            if (!ReferenceEquals(a, best) && a.SourceType == SourceType.Media && best.SourceType != SourceType.Media)
            {
                via.Add(a.Source);
            }
        }

        return (best, via);
    }

    private static bool IntroducesList(string text, TextSpan paragraph) => text.AsSpan(paragraph.Start, paragraph.Length).TrimEnd().EndsWith(":", StringComparison.Ordinal);

    // A list item is a fragment: it does not end like a sentence.
    private static bool IsListItem(string text, TextSpan paragraph)
    {
        var p = text.AsSpan(paragraph.Start, paragraph.Length).TrimEnd();
        return p.Length > 0 && p[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or ':');
    }

    private static EventSpan? ChooseEvent(AnnotatedDocument d, List<EventSpan> events, Quantity? quantity, AttributionSpan? attribution, List<string> cues)
    {
        var candidates = events.FindAll(e => attribution is null || !attribution.SourceSpan.Contains(e.Trigger));
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
            chosen = candidates.Find(e => e.Type == EventType.Casualty && e.Trigger.Start >= quantity.Span.End && e.Trigger.Start - quantity.Span.End < 40)
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

    // The time the figure refers to. Times rank by kind: a time of the event itself, then one naming another thing
    // ("Wednesday's strike"), then the time of the statement ("said on Friday", "last week that"), then a time
    // that dates something else (the start in "since the invasion in February 2022", a relative clause, a deadline
    // belonging to a later figure), then the dateline. Within a rank the one nearest the figure wins, the later
    // one on a tie; a time across a semicolon belongs to another clause and is left out.
    private static int? ChooseTime(AnnotatedDocument d, TextSpan sentence, TextSpan? quantity, int point)
    {
        var figure = quantity ?? new TextSpan(point, point);
        int? best = null;
        (int Rank, int Distance, int Before) bestKey = (int.MaxValue, int.MaxValue, int.MaxValue);
        for (var t = FirstTimeAtOrAfter(d, sentence.Start); t < d.Times.Count && d.Times[t].Span.Start < sentence.End; t++)
        {
            var time = d.Times[t];
            if (!sentence.Contains(time.Span))
            {
                continue;
            }

            var after = time.Span.Start >= figure.End;
            var (from, to) = after ? (figure.End, time.Span.Start) : (time.Span.End, figure.Start);
            var between = from < to ? d.Text.AsSpan(from, to - from) : [];
            if (between.Contains(';') || BelongsToOtherFigure(d, figure, time) || (after && IntroducesSpeech(d.Text, sentence, time)))
            {
                continue;
            }

            var rank = time.Cue == "dateline" ? 4
                : IsDetached(d, sentence, time, figure, after, between) ? 3
                : IsStatementTime(d.Text, sentence, time) ? 2
                : IsPossessive(time.Text) ? 1
                : 0;
            var key = (rank, to - from, after ? 0 : 1);
            if (key.CompareTo(bestKey) < 0)
            {
                best = t;
                bestKey = key;
            }
        }

        return best;
    }

    // Times are in text order: the first one starting at or after <paramref name="offset"/>.
    private static int FirstTimeAtOrAfter(AnnotatedDocument d, int offset)
    {
        int lo = 0, hi = d.Times.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (d.Times[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // "a force of 11,000 today could mean 30,000": a time right after another figure is that figure's.
    private static bool BelongsToOtherFigure(AnnotatedDocument d, TextSpan figure, TimeRef time)
    {
        foreach (var q in d.Quantities)
        {
            if (q.Span != figure && q.Span.End <= time.Span.Start && time.Span.Start - q.Span.End <= 2
                && d.Text.AsSpan(q.Span.End, time.Span.Start - q.Span.End).IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    // "Zelensky said in January that nearly 4,000...": such a time governs the reported words after it only.
    private static bool IntroducesSpeech(string text, TextSpan sentence, TimeRef time) =>
        text.AsSpan(time.Span.End, sentence.End - time.Span.End).StartsWith(" that ", StringComparison.Ordinal)
        && IsStatementTime(text, sentence, time);

    private static readonly string[] ClauseOpeners = [", where ", ", which ", ", who ", ", when ", ", whose "];

    // A time that dates something other than the figure.
    private static bool IsDetached(AnnotatedDocument d, TextSpan sentence, TimeRef time, TextSpan figure, bool after, ReadOnlySpan<char> between)
    {
        // "..., the agency said Thursday, more than triple its estimate in April": past the attribution a point in
        // time dates something else (a span, "citing an estimate from earlier this year", still measures the count).
        foreach (var other in time.Relation == TimeRelation.At ? d.Times : [])
        {
            var inBetween = after ? other.Span.Start >= figure.End && other.Span.End <= time.Span.Start : other.Span.Start >= time.Span.End && other.Span.End <= figure.Start;
            if (inBetween && other.Cue != "dateline" && IsStatementTime(d.Text, sentence, other))
            {
                return true;
            }
        }

        if (after)
        {
            foreach (var opener in ClauseOpeners)
            {
                if (between.Contains(opener, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // "3,000 so far, and ... expected to reach 10,000 by December": the deadline is the later figure's.
            if (time.Relation == TimeRelation.By && between.Contains(", ", StringComparison.Ordinal) && OtherFigureBetween(d, figure, figure.End, time.Span.Start))
            {
                return true;
            }
        }

        // "since Russia's full-scale invasion in February 2022": the time dates the start, not the count.
        if (time.Relation == TimeRelation.At)
        {
            var lookBack = Math.Max(sentence.Start, time.Span.Start - 80);
            var before = d.Text.AsSpan(lookBack, time.Span.Start - lookBack);
            var since = before.LastIndexOf(" since ", StringComparison.OrdinalIgnoreCase);
            if (since >= 0 && before[since..].IndexOfAny(",;:") < 0 && before[(since + 7)..].Trim().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] StatementWords =
        ["said", "says", "say", "told", "announced", "reported", "stated", "added", "wrote", "noted", "confirmed", "claimed"];

    private static bool OtherFigureBetween(AnnotatedDocument d, TextSpan figure, int from, int to)
    {
        foreach (var q in d.Quantities)
        {
            if (q.Span != figure && q.Span.Start >= from && q.Span.End <= to)
            {
                return true;
            }
        }

        return false;
    }

    // "said on Friday", "told reporters Tuesday", "a claim last week that": when the words were spoken, not when
    // the counted thing happened.
    private static bool IsStatementTime(string text, TextSpan sentence, TimeRef time)
    {
        if (text.AsSpan(time.Span.End, sentence.End - time.Span.End).StartsWith(" that ", StringComparison.Ordinal))
        {
            return true;
        }

        var before = text.AsSpan(sentence.Start, time.Span.Start - sentence.Start).TrimEnd();
        if (before.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }

        var words = 0;
        while (before.Length > 0 && words < 2)
        {
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..].TrimEnd(",;:");
            foreach (var w in StatementWords)
            {
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            before = space < 0 ? [] : before[..space].TrimEnd();
            words++;
        }

        return false;
    }

    private static bool IsPossessive(string text) => text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal);

    private static Stance ChooseStance(AttributionSpan? attribution, List<HedgeSpan> hedges, TextSpan? anchor)
    {
        if (hedges.Exists(h => h.Stance == Stance.Refuted))
        {
            return Stance.Refuted;
        }

        if (attribution?.Stance is { } fromCue)
        {
            return fromCue;
        }

        foreach (var stance in (ReadOnlySpan<Stance>)[Stance.Denied, Stance.Confirmed, Stance.Speculated, Stance.Reported])
        {
            if (hedges.Exists(h => h.Stance == stance))
            {
                return stance;
            }
        }

        // A modal of possibility ("may", "could", "might") leaves the statement a guess.
        // A modal of possibility ("may", "could", "might") next to the figure or event leaves it a guess; one in
        // another clause of the sentence does not.
        if (hedges.Exists(h => !h.Negated && h.Stance is null && LikelihoodCues.Contains(h.CueName)
            && (anchor is not { } a || Math.Abs(h.Span.Start - a.Start) <= ModalReach)))
        {
            return Stance.Speculated;
        }

        return attribution?.SourceType == SourceType.Media ? Stance.Reported : Stance.Asserted;
    }

    // A refutation with no event of its own points back at the claim before it.
    private static void LinkRefutation(AnnotatedDocument d, int s, List<EventSpan> events)
    {
        var claims = d.Claims;
        if (claims.Count < 2 || events.Count > 0)
        {
            return;
        }

        var last = claims[^1];
        if (last.Span != d.Sentences[s] || last.Stance is not (Stance.Refuted or Stance.Denied) || last.QuantityIndex is not null || !StartsWithAnaphor(last.Text))
        {
            return;
        }

        var previous = claims[^2];
        claims[^1] = last with
        {
            Event = previous.Event,
            Agent = previous.Agent,
            Theme = previous.Theme,
            Location = previous.Location,
            TimeIndex = last.TimeIndex ?? previous.TimeIndex,
            Cues = [.. last.Cues, "refutes:" + previous.Id],
        };
        claims[^2] = previous with { Cues = [.. previous.Cues, (last.Stance == Stance.Refuted ? "refuted-by:" : "denied-by:") + last.Id] };
    }

    private static bool StartsWithAnaphor(string text)
    {
        foreach (var opener in (ReadOnlySpan<string>)["These ", "This ", "Those ", "The reports", "The report", "The claim", "Such ", "That report", "That claim", "It ", "They "])
        {
            if (text.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StatesPresence(string text, int after)
    {
        var rest = text.AsSpan(after, Math.Min(24, text.Length - after));
        foreach (var opener in (ReadOnlySpan<string>)[" are in ", " were in ", " are now in ", " are inside ", " were inside ", " are stationed ", " are deployed "])
        {
            if (rest.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsForce(string counted) =>
        counted.Contains("troop", StringComparison.OrdinalIgnoreCase) || counted.Contains("soldier", StringComparison.OrdinalIgnoreCase)
        || counted.Contains("member", StringComparison.OrdinalIgnoreCase) || counted.Contains("forces", StringComparison.OrdinalIgnoreCase)
        || counted.Contains("personnel", StringComparison.OrdinalIgnoreCase);

    private static string? ScopePlace(Quantity? quantity)
    {
        if (quantity?.Scope is not { } scope)
        {
            return null;
        }

        var space = scope.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? scope[(space + 1)..] : scope;
    }

    private static Dictionary<int, List<T>> ByIndex<T>(List<T> items, Func<T, int> key)
    {
        var map = new Dictionary<int, List<T>>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!map.TryGetValue(k, out var list))
            {
                map[k] = list = [];
            }

            list.Add(item);
        }

        return map;
    }
}
