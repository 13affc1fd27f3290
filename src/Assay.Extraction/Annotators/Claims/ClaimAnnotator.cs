using System.Collections.Frozen;
using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;
using Assay.Extraction.Annotators.Actors;
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
/// itself is the source. Scorn in place of a denial verb ("groundless rumours about the so-called dispatch") denies the
/// claim unless the attribution's own verb sets a firmer stance; the report it dismisses is then no via, and a party the
/// report is credited to ("the story being spread by X") is kept among the cues, not made the source. Another speaker's
/// stance verb outside the credited speaker's scope ("X rejected ..., hours after Y said ...") sets nothing. Certainty starts
/// from the stance (<see cref="BaseCertainty"/>) and is capped by every hedge in the sentence. A refutation that names no event of its own ("These reports did not stand up to
/// scrutiny") takes the event of the claim before it, and the two claims point at each other through their cues.
/// </remarks>
public sealed partial class ClaimAnnotator : IAnnotator
{
    // Words of likelihood: a figure they qualify is a judgment or a guess, not a count.
    private static readonly FrozenSet<string> LikelihoodCues = FrozenSet.Create(StringComparer.Ordinal,
        "hedge:likely", "hedge:very-likely", "hedge:highly-likely", "hedge:probably", "hedge:probable", "hedge:may", "hedge:might",
        "hedge:could", "hedge:possibly", "hedge:possible", "hedge:perhaps", "hedge:potentially", "hedge:potential", "hedge:unlikely",
        "hedge:very-unlikely");

    // Breaks after which a clause speaks of something else: a relative clause, a contrast, a second sentence part.
    private static readonly string[] LaterClauseOpeners = [", which ", ", who ", ", while ", ", but ", ", although ", ", though ", "; ", " \u2014 "];

    /// <summary>The cue of a claim whose time dates the start of a "since" clause ("since the troops entered combat in
    /// December"): the figure counts from then to the report, so it stands as of the report.</summary>
    public const string SinceClauseCue = "time:since-clause";

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
        var sentences = document.Sentences.Count;
        var attributions = new SentenceGroups<AttributionSpan>(document.Attributions, sentences, static a => a.Sentence);
        var hedges = new SentenceGroups<HedgeSpan>(document.Hedges, sentences, static h => h.Sentence);
        var events = new SentenceGroups<EventSpan>(document.Events, sentences, static e => e.Sentence);
        var anchors = new List<int?>();
        var nextQuantity = 0;
        var paragraphs = document.Article.Paragraphs;
        var paragraphIndex = 0;
        Claim? lastAttributed = null;
        var listSource = false;

        // "A spokesperson gave the following answer:" hands its source to every paragraph after it.
        Claim? statement = null;

        // An opinion writer quotes others to argue with them: a sentence that credits no one is the writer's own view.
        var ownVoice = document.Article.Kind == ArticleKind.Opinion;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var sAttributions = attributions.Of(s);
            var sHedges = hedges.Of(s);
            var sEvents = events.Of(s);
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

            var hasStance = HasStance(document, sHedges);
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
                    lastAttributed = statement;
                    listSource = false;
                }
            }

            // Claims of one sentence share its text rather than copying it once each.
            var sentenceText = document.Text[sentence.Start..sentence.End];
            foreach (var anchor in anchors)
            {
                var claim = Build(document, s, sentenceText, anchor, sAttributions, sHedges, sEvents, out var narrow);
                if (!CreditsSpeaker(sAttributions) && lastAttributed is not null && claim.SourceType == SourceType.Outlet && !ownVoice)
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

                // A possessor's credit ("Seoul's 3,000") is for its one figure: later claims do not continue it.
                if (claim.SourceType != SourceType.Outlet && !narrow)
                {
                    lastAttributed = claim;
                    if (statement is null && claim.Cues.Count > 0 && claim.Cues[0].Contains("-the-following", StringComparison.Ordinal)
                        && paragraphIndex < paragraphs.Count && IntroducesList(document.Text, paragraphs[paragraphIndex]))
                    {
                        statement = claim;
                    }
                }
            }

            LinkRefutation(document, s, sEvents);
        }
    }

    // The cues of the claim being built, gathered in one list per thread and copied out at their exact count.
    [ThreadStatic]
    private static List<string>? t_cues;

    private static Claim Build(
        AnnotatedDocument d, int s, string sentenceText, int? anchor, List<AttributionSpan> atts, List<HedgeSpan> hedges, List<EventSpan> events, out bool narrow)
    {
        var sentence = d.Sentences[s];
        var quantity = anchor is { } qi ? d.Quantities[qi] : null;
        var cues = t_cues ??= new List<string>(8);
        cues.Clear();
        var point = quantity?.Span.Start ?? (events.Count > 0 ? events[0].Trigger.Start : atts.Count > 0 ? atts[0].Cue.End : sentence.Start);

        var (attribution, via) = ChooseAttribution(atts, point);
        narrow = attribution is { Narrow: true };
        hedges = OwnHedges(hedges, atts, attribution);
        var evt = ChooseEvent(d, events, quantity, attribution, cues);
        if (evt is not null)
        {
            point = quantity?.Span.Start ?? evt.Trigger.Start;
            if (evt.AgentCue is { } agentCue)
            {
                cues.Add(agentCue);
            }
        }

        var agent = evt?.Agent;
        if (evt is not null && SpeakerIsNotAgent(d, s, evt, atts))
        {
            agent = null;
            cues.Add(SpeakerNotAgentCue);
        }

        var time = ChooseTime(d, sentence, SpeakerClause(d, sentence, atts, attribution, point), quantity?.Span, evt?.Trigger.Start ?? point);
        var stance = ChooseStance(d, attribution, hedges, quantity?.Span ?? evt?.Trigger, quantity);
        if (stance == Stance.Denied && attribution?.Stance is not Stance.Denied)
        {
            // Reports the sentence dismisses are what it denies, not the way its words came: no via, and the party
            // the dismissed report is credited to is named among the cues rather than as the source.
            via = [];
            if (attribution?.Stance == Stance.Reported)
            {
                cues.Add(PrefixedCues.Dismissed.Of(attribution.CueName));
                attribution = Dismisser(atts, attribution);
            }
        }

        if (stance is Stance.Asserted or Stance.Reported && quantity is not null && time is { } by && IsFutureTarget(d, sentence, quantity.Span, d.Times[by]))
        {
            // "will reach 1.1 million by the end of 2024", "would deliver three more by December": a target, not a count.
            stance = Stance.Speculated;
            cues.Add("projection:future-by");
        }
        else if (stance is Stance.Asserted or Stance.Reported && quantity is null && evt is not null && IsHypothetical(d, s, evt.Trigger))
        {
            // "any North Koreans sent to the front would be used as cannon fodder": a supposition, not a report that
            // anyone was sent.
            stance = Stance.Speculated;
            cues.Add("hypothetical:any");
        }

        var certainty = BaseCertainty(stance);
        var anchorSpan = quantity?.Span ?? evt?.Trigger;
        foreach (var h in hedges)
        {
            // "groundless rumours": in a denial the rumour is what is denied, not a doubt about the denial.
            if (h.Certainty is { } c && (h.Stance is null || (h.Stance is Stance.Speculated or Stance.Reported && stance != Stance.Denied))
                && !InLaterClause(d.Text, h, anchorSpan) && !ProjectsLaterClause(d.Text, h, anchorSpan))
            {
                certainty = Math.Min(certainty, c);
            }

            cues.Add(h.Negated ? PrefixedCues.Negated.Of(h.CueName) : h.CueName);
        }

        if (attribution is not null)
        {
            cues.Insert(0, PrefixedCues.Attribution.Of(attribution.CueName));
        }

        if (quantity is not null)
        {
            cues.Add(PrefixedCues.Quantity.Of(quantity.Cue));
            if (IsPriorFigure(d, sentence, quantity, time))
            {
                cues.Add(PriorFigureCue);
            }
        }

        if (time is { } ti)
        {
            cues.Add(PrefixedCues.Time.Of(d.Times[ti].Cue));
            if (InSinceClause(d, sentence, d.Times[ti]))
            {
                // The time dates the start of what "since" opens: the figure runs from it to the report.
                cues.Add(SinceClauseCue);
            }
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

        // An uncredited sentence of a body's own release is that body's statement.
        var voice = attribution is null ? d.VoiceActor : null;
        return new Claim
        {
            Id = ClaimId(d.Claims.Count + 1),
            Span = sentence,
            Text = sentenceText,
            Event = eventType,
            Agent = agent,
            Theme = theme,
            Location = evt?.Location ?? ScopePlace(quantity),
            QuantityIndex = anchor,
            TimeIndex = time,
            Source = attribution?.Source ?? d.Article.Voice ?? "the outlet",
            SourceActor = attribution is null ? voice?.Id : attribution.SourceActor,
            SourceType = attribution is null ? voice?.SourceType ?? SourceType.Outlet : attribution.SourceType,
            Via = attribution is null ? [] : [.. via, .. attribution.Via],
            Stance = stance,
            Certainty = Math.Round(certainty, 3),
            Cues = cues.ToArray(),
        };
    }

    // "any troops sent", "any North Koreans deployed": an event told of whatever might fall under "any", up to three
    // words (a noun phrase, no verb or punctuation) before its trigger.
    private static bool IsHypothetical(AnnotatedDocument d, int sentence, TextSpan trigger)
    {
        var tokens = d.Tokens;
        var range = d.SentenceTokens(sentence);
        var at = -1;
        for (var k = range.Start.Value; k < range.End.Value; k++)
        {
            if (tokens[k].Start == trigger.Start)
            {
                at = k;
                break;
            }
        }

        for (var k = at - 1; k >= range.Start.Value && k >= at - 4; k--)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                return false;
            }

            if (t.Is(d.Text, "any"))
            {
                return k < at - 1;
            }
        }

        return false;
    }

    // The attributions covering the point; a stronger source outranks media that repeat it.
    private static (AttributionSpan? Source, IReadOnlyList<string> Via) ChooseAttribution(List<AttributionSpan> atts, int point)
    {
        if (atts.Count == 0)
        {
            return (null, []);
        }

        // Those whose scope holds the point outside their own source, else those whose source does not hold it, else
        // all; read in place rather than copied into lists, as this runs once per claim.
        var reach = AnyCovers(atts, point, 0) ? 0 : AnyCovers(atts, point, 1) ? 1 : 2;
        if (reach == 2 && !AnyCovers(atts, point, 2))
        {
            // Only narrow attributions, none of them over the point ("Seoul's 3,000" beside another figure).
            return (null, []);
        }

        // The most specific attribution wins: the one with the narrowest scope around the point.
        AttributionSpan? best = null;
        AttributionSpan? first = null;
        foreach (var a in atts)
        {
            if (!Covers(a, point, reach))
            {
                continue;
            }

            first ??= a;
            if (a.SourceType is not SourceType.Media && (best is null || a.Scope.Length < best.Scope.Length))
            {
                best = a;
            }
        }

        best ??= first!;

        // "X rejected ..., saying the figures cited by Y were invented": in a denial the denier is the source of
        // whatever it denies, even figures it credits to others; so is whoever shows a report false ("After Y reported
        // that ..., X found no evidence that ...").
        foreach (var a in atts)
        {
            if (Covers(a, point, reach) && a.Stance is Stance.Denied or Stance.Refuted && !ReferenceEquals(a, best) && a.Scope.Contains(best.Scope))
            {
                best = a;
                break;
            }
        }

        // "After Y reported that ..., X found no evidence that it happened": the report and its refutation share the
        // sentence, and the claim, refuted, is X's, whose main clause follows the report's.
        if (best.Stance is not (Stance.Denied or Stance.Refuted))
        {
            foreach (var a in atts)
            {
                if (a.Stance is Stance.Refuted && a.Via.Count == 0 && best.Scope.End <= a.SourceSpan.Start && a.SourceSpan.Start < a.Cue.Start)
                {
                    return (a, []);
                }
            }
        }

        List<string>? via = null;
        foreach (var a in atts)
        {
            if (Covers(a, point, reach) && !ReferenceEquals(a, best) && a.SourceType == SourceType.Media && best.SourceType != SourceType.Media
                && !ContainsString(best.Via, a.Source))
            {
                (via ??= []).Add(a.Source);
            }
        }

        return (best, via ?? (IReadOnlyList<string>)[]);
    }

    // "X rejected reports ..., hours after Y said ...": a stance word that is another speaker's verb ("rejected"),
    // outside the scope of the speaker the claim is credited to, is that speaker's stance, not the claim's. The
    // sentence's own list is returned when every hedge counts, as it nearly always does.
    private static List<HedgeSpan> OwnHedges(List<HedgeSpan> hedges, List<AttributionSpan> atts, AttributionSpan? attribution)
    {
        if (attribution is null || atts.Count < 2)
        {
            return hedges;
        }

        List<HedgeSpan>? own = null;
        for (var i = 0; i < hedges.Count; i++)
        {
            var foreign = IsOtherSpeakersVerb(hedges[i], atts, attribution);
            if (foreign && own is null)
            {
                own = new List<HedgeSpan>(hedges.Count);
                for (var j = 0; j < i; j++)
                {
                    own.Add(hedges[j]);
                }
            }

            if (!foreign)
            {
                own?.Add(hedges[i]);
            }
        }

        return own ?? hedges;
    }

    private static bool IsOtherSpeakersVerb(HedgeSpan hedge, List<AttributionSpan> atts, AttributionSpan attribution)
    {
        if (hedge.Stance is null || attribution.Scope.Contains(hedge.Span) || attribution.Cue.Overlaps(hedge.Span))
        {
            return false;
        }

        // A speaker whose words hold the credited one ("North Korea confirms ..., the commission said") still frames it.
        foreach (var a in atts)
        {
            if (!ReferenceEquals(a, attribution) && a.Cue.Overlaps(hedge.Span) && !a.Scope.Contains(attribution.Cue))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the sentence credits a speaker: an attribution that is not only a possessor's credit for one figure.
    private static bool CreditsSpeaker(List<AttributionSpan> atts)
    {
        foreach (var a in atts)
        {
            if (!a.Narrow)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsString(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Ids repeat from article to article: the first ones are made once.
    private static readonly string[] ClaimIds = [.. Enumerable.Range(0, 512).Select(static n => "c" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    private static string ClaimId(int n) =>
        n < ClaimIds.Length ? ClaimIds[n] : "c" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Reach 0: the scope holds the point and the source does not; 1: the source does not hold it; 2: any. A narrow
    // attribution ("Seoul's 3,000") reaches only what its scope holds.
    private static bool Covers(AttributionSpan a, int point, int reach) => reach switch
    {
        0 => a.Scope.Contains(point) && !a.SourceSpan.Contains(point),
        _ when a.Narrow => false,
        1 => !a.SourceSpan.Contains(point),
        _ => true,
    };

    private static bool AnyCovers(List<AttributionSpan> atts, int point, int reach)
    {
        foreach (var a in atts)
        {
            if (Covers(a, point, reach))
            {
                return true;
            }
        }

        return false;
    }

    // The events whose trigger lies outside the attribution's source ("the agency's report" is no event of the claim).
    // Loops rather than lambdas, which would capture the parameters and allocate on every call.
    // Most claims lose no event to their source's span; they read the sentence's own list (valid through the claim's
    // building) rather than a copy.
    private static List<EventSpan> OutsideSource(List<EventSpan> events, AttributionSpan? attribution)
    {
        if (attribution is null || !AnyInside(events, attribution.SourceSpan))
        {
            return events;
        }

        var outside = new List<EventSpan>(events.Count);
        foreach (var e in events)
        {
            if (attribution is null || !attribution.SourceSpan.Contains(e.Trigger))
            {
                outside.Add(e);
            }
        }

        return outside;
    }

    private static bool AnyInside(List<EventSpan> events, TextSpan span)
    {
        foreach (var e in events)
        {
            if (span.Contains(e.Trigger))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IntroducesList(string text, TextSpan paragraph) => text.AsSpan(paragraph.Start, paragraph.Length).TrimEnd().EndsWith(":", StringComparison.Ordinal);

    // A list item is a fragment: it does not end like a sentence.
    private static bool IsListItem(string text, TextSpan paragraph)
    {
        var p = text.AsSpan(paragraph.Start, paragraph.Length).TrimEnd();
        return p.Length > 0 && p[^1] is not ('.' or '!' or '?' or '"' or '\u201D' or ':');
    }

    private static Stance ChooseStance(AnnotatedDocument d, AttributionSpan? attribution, List<HedgeSpan> hedges, TextSpan? anchor, Quantity? quantity)
    {
        if (HasStance(hedges, Stance.Refuted))
        {
            return Stance.Refuted;
        }

        if (attribution?.Stance is null or Stance.Reported && Dismisses(d, hedges, anchor))
        {
            return Stance.Denied;
        }

        if (attribution?.Stance is { } fromCue)
        {
            return fromCue;
        }

        if (HasStance(hedges, Stance.Confirmed))
        {
            return Stance.Confirmed;
        }

        foreach (var h in hedges)
        {
            if (h.Stance == Stance.Speculated && !ProjectsLaterClause(d.Text, h, anchor))
            {
                return Stance.Speculated;
            }
        }

        if (IsReported(hedges, quantity))
        {
            return Stance.Reported;
        }

        // A modal of possibility ("may", "could", "might") leaves the statement a guess.
        // A modal of possibility ("may", "could", "might") next to the figure or event leaves it a guess; one in
        // another clause of the sentence does not.
        foreach (var h in hedges)
        {
            if (!h.Negated && h.Stance is null && LikelihoodCues.Contains(h.CueName)
                && (anchor is not { } a || Math.Abs(h.Span.Start - a.Start) <= ModalReach))
            {
                return Stance.Speculated;
            }
        }

        return attribution?.SourceType == SourceType.Media ? Stance.Reported : Stance.Asserted;
    }

    // "…shipped more than 10,000 containers, which they estimate could hold several million shells": a modal of
    // likelihood after the figure or event, past a clause break, hedges its own clause, not the statement before it.
    private static bool InLaterClause(string text, HedgeSpan hedge, TextSpan? anchor)
    {
        if (anchor is not { } a || hedge.Negated || hedge.Stance is not null || hedge.Span.Start < a.End || !LikelihoodCues.Contains(hedge.CueName))
        {
            return false;
        }

        return OpensLaterClause(text.AsSpan(a.End, hedge.Span.Start - a.End));
    }

    // Whether the words between a figure and a hedge after it cross into a clause of its own (", which", ", but", ";").
    private static bool OpensLaterClause(ReadOnlySpan<char> between)
    {
        foreach (var opener in LaterClauseOpeners)
        {
            if (between.Contains(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "about 3,000 soldiers were in Russia and that the number would reach 10,000 by December", "has sent 1,500, bringing
    // the total to 3,000, and is expected to dispatch 10,000 in all": a projection in a clause joined after the figure
    // or event speaks of what is to come, not of the figure counted before it.
    private static bool ProjectsLaterClause(string text, HedgeSpan hedge, TextSpan? anchor)
    {
        if (anchor is not { } a || hedge.Negated || hedge.Stance != Stance.Speculated || hedge.Span.Start < a.End)
        {
            return false;
        }

        var between = text.AsSpan(a.End, hedge.Span.Start - a.End);
        if (OpensLaterClause(between))
        {
            return true;
        }

        // "and that …", ", and …", or "and" with a verb of its own ("and is expected to", "and will reach").
        if (between.Contains(" and that ", StringComparison.Ordinal) || between.Contains(", and ", StringComparison.Ordinal))
        {
            return true;
        }

        var and = between.LastIndexOf(" and ", StringComparison.Ordinal);
        if (and < 0)
        {
            return false;
        }

        var next = between[(and + 5)..].TrimStart();
        var space = next.IndexOf(' ');
        return CoordinatedVerbs.Contains(space < 0 ? next : next[..space]);
    }

    // Verbs and auxiliaries that open a clause of their own after "and": "and is expected to", "and will reach".
    private static readonly WordSet CoordinatedVerbs = new(
        ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might", "should", "expects", "expected",
         "plans", "planned", "intends", "aims", "said", "says", "added"], StringComparer.OrdinalIgnoreCase);

    // A loop rather than List.Exists with a lambda: the lambda would capture the stance and allocate on every call.
    private static bool HasStance(List<HedgeSpan> hedges, Stance stance)
    {
        foreach (var h in hedges)
        {
            if (h.Stance == stance)
            {
                return true;
            }
        }

        return false;
    }

    // "reportedly" reports whatever the sentence holds; "the public number of soldiers has gone from 1,500 to 3,000"
    // recounts only the figures of the thing that number counts, not a factor or a date beside them.
    private static bool IsReported(List<HedgeSpan> hedges, Quantity? quantity)
    {
        foreach (var h in hedges)
        {
            if (h.Stance == Stance.Reported && (!h.CueName.StartsWith("recap:", StringComparison.Ordinal) || Recounts(h, quantity)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the figure counts what the recounted number is of: its counted phrase is the cue's own noun or follows it
    // ("the public number of soldiers"). A claim without a figure recounts whatever the number is.
    private static bool Recounts(HedgeSpan recap, Quantity? quantity) =>
        quantity is null || (quantity.CountedSpan is { } counted && counted.Start >= recap.Span.Start && counted.Start <= recap.Span.End + RecapReach);

    // Characters between a recounted number and the noun it is of: " of ".
    private const int RecapReach = 4;

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
}
