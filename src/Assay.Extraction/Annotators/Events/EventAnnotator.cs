using System.Collections.Frozen;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Lexicons;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Events;

/// <summary>Finds event triggers (deploy, train, combat, casualty, supply, agreement, warning, aid) with the agent
/// before them, the theme after them and the place they happen.</summary>
public sealed class EventAnnotator : IAnnotator
{
    private const int ThemeWindow = 8;

    private static readonly PhraseLexicon<EventCue> Triggers = PhraseLexicon.Load("events.tsv", static f =>
        new EventCue(Enum.Parse<EventType>(f[1], ignoreCase: true), f[2] == "verb", (f[2] == "verb" ? "verb:" : "noun:") + f[0].ToLowerInvariant()));

    private static readonly FrozenSet<string> ThemeNouns =
        LexiconFile.Read("event-themes.tsv").Select(r => r.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly WordSet ThemeLookup = new(ThemeNouns);

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "that", "some", "more", "of",
        "with", "to", "for", "from", "in", "on", "by", "at", "as", "and", "or", "than", "into", "not", "only", "also", "about",
        "around", "nearly", "over", "up", "least", "almost", "roughly", "total");

    // Heads other than themes that an event word can describe: "the combat zone".
    private static readonly FrozenSet<string> ModifiedHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "zone", "zones", "vehicles");

    private static readonly WordSet ModifiedHeadLookup = new(ModifiedHeads);

    private static readonly FrozenSet<string> NotPlaces = FrozenSet.Create(StringComparer.Ordinal,
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An");

    private static readonly WordSet NotPlaceLookup = new(NotPlaces);

    private static readonly WordSet DeterminerLookup = new(Determiners);

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "to", "in", "into", "near", "at", "inside", "across");

    private static readonly WordSet PlaceLookup = new(PlacePrepositions);

    private static readonly WordSet ClauseJoinLookup = new(["while", "but", "whereas", "though", "although", "yet"], StringComparer.Ordinal);

    private static readonly WordSet CompassLookup = new(
        ["eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern"],
        StringComparer.Ordinal);

    /// <summary>The words an event trigger can start with, for <see cref="WordClasses"/>.</summary>
    internal static IEnumerable<string> TriggerFirstWords => Triggers.FirstWords;

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var classes = document.TokenClasses;
        var text = document.Text;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var range = document.SentenceTokens(s);
            var (first, end) = (range.Start.Value, range.End.Value);

            // The place after a trigger is the first one the scan to the sentence's end settles on, so a later trigger
            // starting at or before the token where the last scan stopped gets the same answer without scanning again.
            var (locationFrom, locationStop, location) = (int.MaxValue, -1, (string?)null);
            for (var i = first; i < end; i++)
            {
                if ((classes[i] & WordClass.EventTrigger) == 0 || !Triggers.TryMatch(text, tokens, i, end, out var match))
                {
                    continue;
                }

                var cue = match.Value;
                if (IsModifier(document, match, end))
                {
                    // "attack drones", "combat engineers", "the combat zone": the word describes a thing, not an event.
                    i = match.End - 1;
                    continue;
                }

                var trigger = new TextSpan(tokens[match.First].Start, tokens[match.End - 1].End);
                var nominal = IsNominal(document, match, first, end);
                var (agent, agentCue) = nominal && OwnerAfter(document, match, end) is { } owner
                    ? (owner, OfOwnerCue)
                    : AgentBefore(document, s, trigger, nominal, cue.Type);
                var theme = ThemeAfter(document, match.End, end) ?? ThemeBefore(document, first, match.First);
                if (match.End < locationFrom || match.End > locationStop)
                {
                    location = LocationAfter(document, s, match.End, end, out locationStop);
                    locationFrom = match.End;
                }

                var name = cue.Name;
                document.Events.Add(new EventSpan(s, trigger, cue.Type, name, agent, theme, location) { AgentCue = agentCue });
                i = match.End - 1;
            }
        }
    }

    // A one-word noun or -ing trigger right before a theme noun or a place noun modifies it.
    private static bool IsModifier(AnnotatedDocument d, PhraseLexicon<EventCue>.Match match, int end)
    {
        if (match.End - match.First != 1 || match.End >= end)
        {
            return false;
        }

        var word = d.Tokens[match.First].Chars(d.Text);
        if (match.Value.IsVerb && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = d.Tokens[match.End];
        var chars = next.Chars(d.Text);
        return next.Kind == TokenKind.Word && char.IsLower(chars[0]) && (ThemeLookup.Contains(chars) || ModifiedHeadLookup.Contains(chars));
    }

    /// <summary>True when the trigger named by <paramref name="cueName"/> is a verb.</summary>
    public static bool IsVerb(string cueName) => cueName.StartsWith("verb:", StringComparison.Ordinal);

    // The nearest state, organisation or person named before the trigger in the same sentence. A nominal trigger
    // ("the deployment", "the so-called dispatch") does not take a person who speaks of it, whose verb stands between
    // them: in "Peskov described reports of the deployment as fake" Peskov speaks for a government and deploys
    // nothing. A state or body that speaks of it ("Pyongyang denied the deployment") is often its party and stays a
    // candidate. The cue "agent:not-speaker" marks an agent so changed.
    private static (string? Agent, string? Cue) AgentBefore(AnnotatedDocument d, int sentence, TextSpan trigger, bool nominal, EventType type)
    {
        var movesForces = type is EventType.Deploy or EventType.Supply or EventType.Train;
        // Mentions are in text order (see ActorAnnotator): the sentence's first one is found by halves.
        var mentions = d.Mentions;
        var lo = d.FirstMentionFrom(d.Sentences[sentence].Start);

        string? agent = null;
        string? cue = null;
        for (var i = lo; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Span.End > trigger.Start)
            {
                break;
            }

            if (m.Kind is ActorKind.Media or ActorKind.Unknown)
            {
                continue;
            }

            if (nominal && SpeaksOf(d, sentence, m.Span, trigger))
            {
                cue = NotSpeakerCue;
                continue;
            }

            (agent, cue) = movesForces && GovernmentOf(m) is { } state ? (state, StateOfBodyCue) : (m.ActorId, null);
        }

        return (agent, cue);
    }

    // "the Foreign Ministry of the DPRK ... the 'troop dispatch' story": troops and goods are the state's, so a ministry or
    // government office named as the agent of a deployment, a delivery or training stands for its state (the cue
    // "agent:state-of-body"). Intelligence services, armed forces and persons act in their own name.
    private static string? GovernmentOf(Mention m) =>
        m.Kind == ActorKind.Organisation && m.Country is { } state && ActorLexicon.Default.TryGet(m.ActorId, out var body)
            && body.SourceType == SourceType.Government ? state : null;

    private const string StateOfBodyCue = "agent:state-of-body";

    // Whether the mention stands in the source of an attribution of the sentence that credits a person, with the
    // attribution's cue between the mention and the trigger. Attributions are in sentence order; the sentence's are few.
    private static bool SpeaksOf(AnnotatedDocument d, int sentence, TextSpan mention, TextSpan trigger)
    {
        var attributions = d.Attributions;
        for (var i = attributions.Count - 1; i >= 0 && attributions[i].Sentence >= sentence; i--)
        {
            var a = attributions[i];
            if (a.Sentence == sentence && a.SourceSpan.Contains(mention) && a.Cue.Start >= mention.End && a.Cue.End <= trigger.Start
                && a.SourceActor is { } actor && ActorLexicon.Default.TryGet(actor, out var known) && known.Kind == ActorKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    private const string OfOwnerCue = "agent:of-owner";

    private const string NotSpeakerCue = "agent:not-speaker";

    // A trigger used as a noun: a noun of the lexicon, or a verb form after a determiner, a possessive or a word of
    // scorn, or before "of" ("the so-called dispatch", "Pyongyang's dispatch", "dispatch of troops").
    private static bool IsNominal(AnnotatedDocument d, PhraseLexicon<EventCue>.Match match, int first, int end)
    {
        if (!match.Value.IsVerb || (match.End < end && d.Tokens[match.End].Is(d.Text, "of")))
        {
            return true;
        }

        if (match.First <= first)
        {
            return false;
        }

        var before = d.Tokens[match.First - 1];
        var chars = before.Chars(d.Text);
        return before.Kind == TokenKind.Word
            && (NominalMarkerLookup.Contains(chars) || chars.EndsWith("'s", StringComparison.Ordinal) || chars.EndsWith("\u2019s", StringComparison.Ordinal));
    }

    private static readonly WordSet NominalMarkerLookup = new(
        ["the", "a", "an", "this", "that", "its", "their", "his", "her", "any", "so-called", "alleged", "reported", "purported"],
        StringComparer.OrdinalIgnoreCase);

    // "the dispatch of the DPRK's army", "the deployment of North Korean troops", "deliveries of Iranian drones": a
    // deployment or supply named as a noun is done by the party whose forces or goods it moves, named right after "of"
    // (a "the" may open the name, or stand before it). A body named through its state ("the DPRK's army", "Russian
    // military") stands for that state.
    private static string? OwnerAfter(AnnotatedDocument d, PhraseLexicon<EventCue>.Match match, int end)
    {
        if (match.Value.Type is not (EventType.Deploy or EventType.Supply) || match.End + 1 >= end || !d.Tokens[match.End].Is(d.Text, "of"))
        {
            return null;
        }

        var k = match.End + 1;
        var owner = MentionAt(d, d.Tokens[k].Start);
        if (owner is null && d.Tokens[k].Is(d.Text, "the") && k + 1 < end)
        {
            owner = MentionAt(d, d.Tokens[k + 1].Start);
        }

        if (owner is null || owner.Kind is ActorKind.Media or ActorKind.Unknown)
        {
            return null;
        }

        return owner.Country is { } state && (owner.Cue.StartsWith("possessive:", StringComparison.Ordinal) || owner.Cue.StartsWith("adjectival:", StringComparison.Ordinal))
            ? state
            : owner.ActorId;
    }

    private static Mention? MentionAt(AnnotatedDocument d, int offset)
    {
        var i = d.FirstMentionFrom(offset);
        return i < d.Mentions.Count && d.Mentions[i].Span.Start == offset ? d.Mentions[i] : null;
    }

    // The first theme noun after the trigger, with up to three modifiers before it ("North Korean military engineers").
    private static string? ThemeAfter(AnnotatedDocument d, int from, int end)
    {
        var tokens = d.Tokens;
        for (var k = from; k < end && k < from + ThemeWindow; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && d.Text[t.Start] is '.' or ';' or ',')
            {
                return null;
            }

            if (t.Kind == TokenKind.Word && ThemeLookup.Contains(t.Chars(d.Text)))
            {
                // "artillery shells", "missile defence systems": the head is the last theme noun in a row.
                var head = k;
                for (var next = head + 1; next < end && next <= head + 2 && IsLowerWord(d, tokens[next]); next++)
                {
                    if (ThemeLookup.Contains(tokens[next].Chars(d.Text)))
                    {
                        head = next;
                    }
                }

                return Phrase(d, from, k) + d.Text[tokens[k].End..tokens[head].End];
            }
        }

        return null;
    }

    private static string? ThemeBefore(AnnotatedDocument d, int first, int trigger)
    {
        var tokens = d.Tokens;
        for (var k = trigger - 1; k >= first && k >= trigger - 4; k--)
        {
            if (tokens[k].Kind == TokenKind.Word && ThemeLookup.Contains(tokens[k].Chars(d.Text)))
            {
                return Phrase(d, first, k);
            }
        }

        return null;
    }

    private static string Phrase(AnnotatedDocument d, int floor, int head)
    {
        var tokens = d.Tokens;
        var start = head;
        while (start > floor && head - start < 3)
        {
            var prev = tokens[start - 1];
            var chars = prev.Chars(d.Text);
            if (prev.Kind != TokenKind.Word || DeterminerLookup.Contains(chars) || chars.EndsWith("ing", StringComparison.Ordinal)
                || (char.IsUpper(chars[0]) && !IsDemonym(d, prev) && !IsDesignation(chars)))
            {
                break;
            }

            start--;
        }

        return d.Text[tokens[start].Start..tokens[head].End];
    }

    private static bool IsLowerWord(AnnotatedDocument d, Token token) =>
        token.Kind == TokenKind.Word && char.IsLower(d.Text[token.Start]) && !DeterminerLookup.Contains(token.Chars(d.Text));

    // Model designations such as "S-400" or "KN-23" name the theme itself.
    private static bool IsDesignation(ReadOnlySpan<char> word) => word.IndexOfAnyInRange('0', '9') >= 0;

    // Capitalised modifiers are kept only when they are demonyms ("North Korean troops"), not subjects ("Korea risks").
    private static bool IsDemonym(AnnotatedDocument d, Token token) =>
        d.MentionCovering(new TextSpan(token.Start, token.End)) is { } m && m.Cue.StartsWith("demonym", StringComparison.Ordinal);

    private static bool MentionCovers(AnnotatedDocument d, TextSpan span) => d.MentionCovering(span) is not null;

    // "to Russia", "in the Russian Far East", "into Kursk": a named place after a place preposition.
    // <paramref name="stop"/> is the token the answer was settled at: every scan starting from <paramref name="from"/> up
    // to it gives the same answer.
    private static string? LocationAfter(AnnotatedDocument d, int sentence, int from, int end, out int stop)
    {
        var tokens = d.Tokens;
        for (var k = from; k < end - 1; k++)
        {
            stop = k;
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && d.Text[t.Start] is '.' or ';')
            {
                return null;
            }

            // "…, while lawmakers in Seoul said …": a place in a later clause is not where this event happened.
            if (t.Kind == TokenKind.Punctuation && d.Text[t.Start] == ',' && k + 1 < end && ClauseJoinLookup.Contains(tokens[k + 1].Chars(d.Text)))
            {
                return null;
            }

            if (t.Kind != TokenKind.Word || !PlaceLookup.Contains(t.Chars(d.Text)))
            {
                continue;
            }

            var n = k + 1;
            if (n < end && tokens[n].Is(d.Text, "the"))
            {
                n++;
            }

            // "in eastern Russia": a compass word before the name is part of the place phrase.
            if (n < end && CompassLookup.Contains(tokens[n].Chars(d.Text)) && char.IsLower(d.Text[tokens[n].Start]))
            {
                n++;
            }

            if (n >= end || !char.IsUpper(d.Text[tokens[n].Start]) || tokens[n].Kind != TokenKind.Word || NotPlaceLookup.Contains(tokens[n].Chars(d.Text)))
            {
                continue;
            }

            var last = n;
            while (last < end && tokens[last].Kind == TokenKind.Word && char.IsUpper(d.Text[tokens[last].Start]))
            {
                last++;
            }

            var span = new TextSpan(tokens[n].Start, tokens[last - 1].End);
            if (IsDemonym(d, tokens[n]) && (last - n == 1 || MentionCovers(d, span)))
            {
                // "to the Russian military": an adjective, not a place.
                continue;
            }

            if (InSource(d, sentence, span))
            {
                // "…, officials in Seoul said": where the source sits is not where the event happened.
                continue;
            }

            // Only mentions starting inside the span can be it or lie inside it; they are in text order.
            for (var i = d.FirstMentionFrom(span.Start); i < d.Mentions.Count && d.Mentions[i].Span.Start < span.End; i++)
            {
                var m = d.Mentions[i];
                if (m.Span == span || (span.Contains(m.Span) && m.Span.Length == span.Length - TrailingPossessive(d, span)))
                {
                    return m.ActorId;
                }
            }

            return d.Text[span.Start..span.End];
        }

        stop = end - 1;
        return null;
    }

    // Whether the span lies in the source of one of the sentence's attributions. Attributions are in sentence order.
    private static bool InSource(AnnotatedDocument d, int sentence, TextSpan span)
    {
        var attributions = d.Attributions;
        for (var i = attributions.Count - 1; i >= 0 && attributions[i].Sentence >= sentence; i--)
        {
            if (attributions[i].Sentence == sentence && attributions[i].SourceSpan.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private static int TrailingPossessive(AnnotatedDocument d, TextSpan span) =>
        span.Length > 2 && (d.Text.AsSpan(span.End - 2, 2) is "'s" || d.Text.AsSpan(span.End - 2, 2) is "\u2019s") ? 2 : 0;
}
