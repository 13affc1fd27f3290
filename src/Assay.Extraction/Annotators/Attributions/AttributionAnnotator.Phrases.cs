using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

public sealed partial class AttributionAnnotator
{
    // Walks back from the verb over auxiliaries and adverbs, then collects the subject up to a clause boundary.
    // An appositive (", a spokesman for the ministry,") is skipped to reach the name before it.
    private static bool SubjectBefore(AnnotatedDocument d, FirstIndexes at, int first, int verb, out Phrase subject)
    {
        subject = default;
        var tokens = TokenSpan(d);
        var end = verb;
        while (end > first && tokens[end - 1].Kind == TokenKind.Word && IsSkippedBeforeVerb(tokens[end - 1].Chars(d.Text)))
        {
            end--;
        }

        // "images it said showed": a pronoun right before the verb is the whole subject.
        if (end > first && tokens[end - 1].Kind == TokenKind.Word && PersonalPronounLookup.Contains(tokens[end - 1].Chars(d.Text)))
        {
            subject = new Phrase(end - 1, end, new TextSpan(tokens[end - 1].Start, tokens[end - 1].End));
            return true;
        }

        // "Putin ... called the deal defensive and said": a verb after a coordinator shares the sentence's subject.
        if (end > first + 1 && IsCoordinator(d, tokens[end - 1]))
        {
            return OpeningSubject(d, at, first, end - 1, out subject);
        }

        if (end > first && IsComma(d, tokens[end - 1]))
        {
            // "X, a member of Y, said" or "..., the spokesman said" after a quote: try the appositive's owner.
            var appositiveEnd = end - 1;
            var appositiveStart = appositiveEnd;
            while (appositiveStart > first && !IsPunctuationBoundary(d, tokens[appositiveStart - 1]))
            {
                appositiveStart--;
            }

            if (appositiveStart > first && IsComma(d, tokens[appositiveStart - 1]))
            {
                var nameEnd = appositiveStart - 1;
                var nameStart = nameEnd;
                while (nameStart > first && (!IsBoundary(d, tokens[nameStart - 1]) || StartsTime(d, tokens[nameStart - 1])) && nameEnd - nameStart < MaxSourceWords)
                {
                    nameStart--;
                }

                // "A document circulating since last week, presented as a leak, says": the time is not the name.
                nameEnd = TrimTime(d, at, nameStart, nameEnd);

                // "Russia's ambassador in Pyongyang, Alexander Matsegora, told": a name in the appositive is the speaker.
                if (IsPersonName(d, appositiveStart, appositiveEnd))
                {
                    subject = new Phrase(appositiveStart, appositiveEnd, new TextSpan(tokens[appositiveStart].Start, tokens[appositiveEnd - 1].End));
                    return true;
                }

                // "Another soldier, a medic named Ivan, said": the name the appositive gives is the speaker.
                for (var k = appositiveStart; k + 1 < appositiveEnd; k++)
                {
                    if ((tokens[k].Is(d.Text, "named") || tokens[k].Is(d.Text, "called")) && IsPersonName(d, k + 1, appositiveEnd))
                    {
                        subject = new Phrase(k + 1, appositiveEnd, new TextSpan(tokens[k + 1].Start, tokens[appositiveEnd - 1].End));
                        return true;
                    }
                }

                while (nameStart < nameEnd && (tokens[nameStart].Is(d.Text, "and") || tokens[nameStart].Is(d.Text, "but")))
                {
                    nameStart++;
                }

                // "regional media, citing a local official, said": a "citing" appositive marks the phrase before it as
                // the speaker, so a lower-case description is one too.
                if (nameEnd > nameStart && (char.IsUpper(d.Text[tokens[nameStart].Start])
                    || (tokens[appositiveStart].Is(d.Text, "citing") && tokens[nameStart].Kind == TokenKind.Word)))
                {
                    subject = new Phrase(nameStart, nameEnd, new TextSpan(tokens[nameStart].Start, tokens[nameEnd - 1].End));
                    return true;
                }
            }

            // "Critics in the opposition questioned the price, saying...": a participle's subject opens the sentence.
            if (tokens[verb].Chars(d.Text).EndsWith("ing", StringComparison.Ordinal))
            {
                var stop = first;
                while (stop < appositiveEnd && stop - first < MaxSourceWords && !IsFiniteVerbLike(d, tokens[stop]))
                {
                    stop++;
                }

                if (stop > first && stop < appositiveEnd)
                {
                    subject = new Phrase(first, stop, new TextSpan(tokens[first].Start, tokens[stop - 1].End));
                    return true;
                }
            }

            return false;
        }

        // "Park said the agency had detected": another speech verb ends the subject, unless this cue may be a noun
        // ("dismissed Western estimates that"). Whether it may is asked only once such a verb turns up, which is rare.
        bool? stopAtVerbs = null;
        var start = end;
        while (start > first && !IsBoundary(d, tokens[start - 1]) && end - start < MaxSourceWords
            && !(IsSpeechVerb(d, start - 1, end) && (stopAtVerbs ??= !(Cues.TryMatch(d.Text, d.Tokens, verb, tokens.Length, out var own) && own.Value.IsAmbiguousVerb))))
        {
            start--;
        }

        // "A Western analyst who has studied the debris said": the relative clause belongs to the subject before it.
        if (start > first + 1 && tokens[start - 1].Is(d.Text, "who") && !char.IsUpper(d.Text[tokens[start].Start]))
        {
            var ownerEnd = start - 1;
            var ownerStart = ownerEnd;
            while (ownerStart > first && !IsBoundary(d, tokens[ownerStart - 1]) && ownerEnd - ownerStart < MaxSourceWords)
            {
                ownerStart--;
            }

            if (ownerStart < ownerEnd)
            {
                start = ownerStart;
                end = ownerEnd;
            }
        }

        // "the Kremlin on Friday denied": a time phrase ends the subject.
        end = TrimTime(d, at, start, end);

        // "Moscow has neither (confirmed)": an auxiliary inside the phrase ends the subject.
        for (var k = start + 1; k < end; k++)
        {
            if (InnerVerbLookup.Contains(tokens[k].Chars(d.Text)))
            {
                end = k;
                break;
            }
        }

        // "with some mocking the reports and others saying": a coordinator after a verb joins clauses; the subject
        // is what follows it.
        for (var k = end - 1; k > start; k--)
        {
            if (IsCoordinator(d, tokens[k]) && HasVerbBefore(d, start, k))
            {
                start = k + 1;
                break;
            }
        }

        // "In its daily briefing the ministry said": an opening prepositional phrase is not the subject; the subject
        // starts at its last determiner.
        if (start < end && OpeningPrepositionLookup.Contains(tokens[start].Chars(d.Text)))
        {
            for (var k = end - 1; k > start; k--)
            {
                if (tokens[k].Is(d.Text, "the") || tokens[k].Is(d.Text, "a") || tokens[k].Is(d.Text, "an"))
                {
                    start = k;
                    break;
                }
            }
        }

        // "..., and Ukraine's military intelligence has said": the coordinator joins clauses, not the subject.
        while (start < end && (tokens[start].Is(d.Text, "and") || tokens[start].Is(d.Text, "or") || tokens[start].Is(d.Text, "but")))
        {
            start++;
        }

        // ", a claim Kyiv rejected", ", a number analysts believe ...": a reduced relative clause after the figure;
        // its subject follows the noun it describes.
        if (IsReducedRelative(d, first, start, end))
        {
            start += 2;
        }

        if (start == end)
        {
            return false;
        }

        // "..., and others saying": a partitive stands for the sentence's subject ("Bloggers ..., with others saying").
        if (end - start == 1 && PartitiveLookup.Contains(tokens[start].Chars(d.Text)) && OpeningSubject(d, at, first, start, out var whole))
        {
            subject = whole;
            return true;
        }

        // Subjects open with a determiner, a capital, or a pronoun; a fragment mid-clause is not one.
        subject = new Phrase(start, end, new TextSpan(tokens[start].Start, tokens[end - 1].End));
        return !IsQuantityOnly(d, subject);
    }

    // "the U.S. estimate differed", "the estimate of 300", "claims from frontline units".
    private static bool FollowsNoun(AnnotatedDocument d, Token next) =>
        next.Kind == TokenKind.Word && (AfterNounLookup.Contains(next.Chars(d.Text)) || IsFiniteVerbLike(d, next));

    // A one-word participle ("confirmed", "estimated") after a determiner or preposition, or after "only" and before
    // a bare noun, is an adjective: "an estimated 10,000 troops", "counts only confirmed losses".
    internal static bool IsAttributiveParticiple(AnnotatedDocument d, int first, int cueFirst, int cueEnd, int end)
    {
        var tokens = d.Tokens;
        if (cueEnd - cueFirst != 1 || cueFirst <= first || !tokens[cueFirst].Chars(d.Text).EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var before = tokens[cueFirst - 1];
        if (before.Kind != TokenKind.Word)
        {
            return false;
        }

        if (AttributiveMarkerLookup.Contains(before.Chars(d.Text)))
        {
            return true;
        }

        if (!before.Is(d.Text, "only") || cueEnd >= end)
        {
            return false;
        }

        var next = tokens[cueEnd];
        return next.Kind == TokenKind.Word && !char.IsUpper(d.Text[next.Start]) && !FunctionWordLookup.Contains(next.Chars(d.Text))
            && !IsFiniteVerbLike(d, next) && !InnerVerbLookup.Contains(next.Chars(d.Text));
    }

    // The subject a sentence (or its clause after a semicolon) opens with, ending before <paramref name="limit"/>:
    // "Putin" in "Putin, speaking at the event, called ...", "Pro-war bloggers" in "Pro-war bloggers gave mixed
    // reactions, ...". An opening phrase set off by a comma ("In a speech, Putin ...") is passed over. False when no
    // subject ends before the limit.
    private static bool OpeningSubject(AnnotatedDocument d, FirstIndexes at, int first, int limit, out Phrase subject)
    {
        subject = default;
        var tokens = d.Tokens;

        // "Kyiv will want ...; Moscow and Pyongyang will say nothing or deny everything": the clause's own opening.
        var start = first;
        for (var k = limit - 1; k > first; k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && d.Text[tokens[k].Start] == ';')
            {
                start = k + 1;
                break;
            }
        }

        if (start < limit && OpeningPrepositionLookup.Contains(tokens[start].Chars(d.Text)))
        {
            while (start < limit && !IsComma(d, tokens[start]))
            {
                start++;
            }

            start++;
        }

        var stop = start;
        while (stop < limit && stop - start < MaxSourceWords && !IsBoundary(d, tokens[stop])
            && !(stop > start && (IsFiniteVerbLike(d, tokens[stop]) || InnerVerbLookup.Contains(tokens[stop].Chars(d.Text)) || IsSkippedBeforeVerb(tokens[stop].Chars(d.Text)))))
        {
            stop++;
            if (EndsNounPhrase(d, start, stop - 1, limit))
            {
                break;
            }
        }

        stop = TrimTime(d, at, start, stop);
        if (stop <= start || stop >= limit)
        {
            return false;
        }

        subject = new Phrase(start, stop, new TextSpan(tokens[start].Start, tokens[stop - 1].End));
        return !IsQuantityOnly(d, subject);
    }

    // A name or a source word ("bloggers", "ministry") followed by a lowercase word that cannot go on the noun
    // phrase ("gave", "met") ends it. The phrase's first word counts as a name only when an actor covers it: every
    // sentence opens with a capital ("Local fishermen").
    private static bool EndsNounPhrase(AnnotatedDocument d, int start, int k, int limit)
    {
        var tokens = d.Tokens;
        if (k + 1 >= limit || tokens[k].Kind != TokenKind.Word || tokens[k + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = tokens[k].Chars(d.Text);
        var named = char.IsUpper(word[0]) && !NotNameLookup.Contains(word) && !PronounLookup.Contains(word)
            && (k > start || OverlapsMention(d, new TextSpan(tokens[k].Start, tokens[k].End)));
        if (!named && !SourceClassifier.HasSourceWord(WordsOf(d, new Phrase(k, k + 1, default))))
        {
            return false;
        }

        var next = tokens[k + 1];
        return !char.IsUpper(d.Text[next.Start]) && !FunctionWordLookup.Contains(next.Chars(d.Text))
            && !SourceClassifier.HasSourceWord(WordsOf(d, new Phrase(k + 1, k + 2, default)));
    }

    private static bool IsCoordinator(AnnotatedDocument d, Token t) =>
        t.Kind == TokenKind.Word && (t.Is(d.Text, "and") || t.Is(d.Text, "or") || t.Is(d.Text, "but"));

    // Whether a verb stands in [start, end): a participle ("mocking") or a finite form ("questioned", "has").
    private static bool HasVerbBefore(AnnotatedDocument d, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var t = d.Tokens[k];
            if (t.Kind == TokenKind.Word && !char.IsUpper(d.Text[t.Start])
                && ((t.Length > 4 && t.Chars(d.Text).EndsWith("ing", StringComparison.Ordinal)) || IsFiniteVerbLike(d, t)))
            {
                return true;
            }
        }

        return false;
    }

    // "researchers at the time said": a time phrase that names no date ends the phrase, as a dated one does.
    private static int TrimUndatedTime(AnnotatedDocument d, int start, int end)
    {
        foreach (var phrase in UndatedTimes)
        {
            var from = end - phrase.Length;
            if (from <= start)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < phrase.Length && matches; i++)
            {
                matches = d.Tokens[from + i].Is(d.Text, phrase[i]);
            }

            if (matches)
            {
                return from;
            }
        }

        return end;
    }

    private static bool IsSkippedBeforeVerb(ReadOnlySpan<char> word) =>
        SkipLookup.Contains(word) || NegatorLookup.Contains(word) || AuxiliaryLookup.Contains(word);

    // "since" in "since last week" opens a time phrase, not a clause.
    private static bool StartsTime(AnnotatedDocument d, Token t)
    {
        var first = d.FirstTimeFrom(t.Start);
        return first < d.Times.Count && d.Times[first].Span.Start == t.Start;
    }

    private static bool IsSpeechVerb(AnnotatedDocument d, int index, int limit) =>
        d.Tokens[index].Kind == TokenKind.Word && !char.IsUpper(d.Text[d.Tokens[index].Start])
        && (d.TokenClasses[index] & WordClass.AttributionCue) != 0 && Cues.TryMatch(d.Text, d.Tokens, index, limit, out var match) && match.Value.Role == AttributionRole.Verb
        && !match.Value.IsAmbiguousVerb && match.Value.Name != "verb:put-at";

    private static TextSpan ClauseBefore(AnnotatedDocument d, int first, int cue)
    {
        var start = cue;
        while (start > first && !(d.Tokens[start - 1].Kind == TokenKind.Punctuation && d.Text[d.Tokens[start - 1].Start] is ',' or ';' or ':'))
        {
            start--;
        }

        return new TextSpan(d.Tokens[start].Start, d.Tokens[cue].End);
    }

    // Two to four capitalised words, or one that no actor mention covers ("Taras", "Larysa").
    private static bool IsPersonName(AnnotatedDocument d, int start, int end)
    {
        if (end - start is < 1 or > 4)
        {
            return false;
        }

        if (end - start == 1)
        {
            var token = d.Tokens[start];
            var word = token.Chars(d.Text);
            return token.Kind == TokenKind.Word && char.IsUpper(word[0]) && word.Length > 2 && !IsAllUpper(word)
                && !NotNameLookup.Contains(word) && !PronounLookup.Contains(word) && !OverlapsMention(d, new TextSpan(token.Start, token.End));
        }

        for (var k = start; k < end; k++)
        {
            if (d.Tokens[k].Kind != TokenKind.Word || !char.IsUpper(d.Text[d.Tokens[k].Start]))
            {
                return false;
            }
        }

        var span = new TextSpan(d.Tokens[start].Start, d.Tokens[end - 1].End);
        return d.FirstMentionOverlapping(span) is not { } m || m.Kind is ActorKind.Person or ActorKind.Unknown;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // "questioned", "has", "said": a word that may be the main verb, ending a sentence-initial subject.
    private static bool IsFiniteVerbLike(AnnotatedDocument d, Token t)
    {
        if (t.Kind != TokenKind.Word || char.IsUpper(d.Text[t.Start]))
        {
            return false;
        }

        var w = t.Chars(d.Text);
        return w.EndsWith("ed", StringComparison.Ordinal) || w is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "says" or "said";
    }

    private static bool IsPassive(AnnotatedDocument d, int first, int verb)
    {
        for (var k = verb - 1; k >= first && k >= verb - 3; k--)
        {
            var chars = d.Tokens[k].Chars(d.Text);
            if (chars is "been" or "was" or "were" or "is" or "are" or "be" or "being")
            {
                return true;
            }

            if (!SkipLookup.Contains(chars))
            {
                return false;
            }
        }

        return false;
    }

    // "put the number of dead in the thousands": a vague magnitude after "in the" is the value put.
    private static bool PutsInRange(AnnotatedDocument d, int from, int limit)
    {
        for (var k = from; k + 2 < limit + 1 && k + 2 < d.Tokens.Count; k++)
        {
            if (d.Tokens[k].Is(d.Text, "in") && d.Tokens[k + 1].Is(d.Text, "the") && QuantityStartsAt(d, d.Tokens[k + 2].Start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWordAhead(AnnotatedDocument d, int from, int limit, string word)
    {
        for (var k = from; k < limit; k++)
        {
            if (d.Tokens[k].Is(d.Text, word))
            {
                return true;
            }
        }

        return false;
    }

    // Cuts the phrase [start, end) before the first time expression inside it, with its preposition, then an undated
    // time phrase ending it ("at the time").
    private static int TrimTime(AnnotatedDocument d, FirstIndexes at, int start, int end) =>
        TrimUndatedTime(d, start, TrimDatedTime(d, at, start, end));

    private static int TrimDatedTime(AnnotatedDocument d, FirstIndexes at, int start, int end)
    {
        if (start >= end)
        {
            return end;
        }

        // Times are in text order: the first one starting after the phrase's start is found by moving on from the
        // sentence's first.
        var tokens = TokenSpan(d);
        var times = CollectionsMarshal.AsSpan(d.Times);
        var lo = at.Time;
        while (lo < times.Length && times[lo].Span.Start <= tokens[start].Start)
        {
            lo++;
        }

        for (var t = lo; t < times.Length; t++)
        {
            var time = times[t];
            if (time.Span.Start >= tokens[end - 1].End)
            {
                break;
            }

            if (time.Span.Start > tokens[start].Start)
            {
                while (end > start && tokens[end - 1].Start >= time.Span.Start)
                {
                    end--;
                }

                while (end > start && TimePrepositionLookup.Contains(tokens[end - 1].Chars(d.Text)))
                {
                    end--;
                }

                break;
            }
        }

        return end;
    }

    // A coordination of parties ("Russia and North Korea", "the NIS and the JCS") is credited to all of them: their
    // actor ids in order, joined by '+', so that every way of writing the same parties is one source, apart from each
    // party alone. Null unless every conjunct names an actor and two of them differ.
    private static string? JointActor(AnnotatedDocument d, Phrase source, ReadOnlySpan<Mention> mentions, SourceType type)
    {
        if (type == SourceType.Anonymous)
        {
            return null;
        }

        var tokens = d.Tokens;
        List<string>? ids = null;
        List<Mention>? inside = null;
        var start = source.First;
        for (var k = source.First; k <= source.End; k++)
        {
            if (k < source.End && !IsConjunctBreak(d, tokens[k]))
            {
                continue;
            }

            if (k > start)
            {
                var conjunct = new TextSpan(tokens[start].Start, tokens[k - 1].End);
                inside ??= [];
                inside.Clear();
                foreach (var m in mentions)
                {
                    if (conjunct.Contains(m.Span))
                    {
                        inside.Add(m);
                    }
                }

                if (ActorOf(CollectionsMarshal.AsSpan(inside), type) is not { } id)
                {
                    return null;
                }

                ids ??= [];
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            start = k + 1;
        }

        if (ids is not { Count: >= 2 })
        {
            return null;
        }

        ids.Sort(StringComparer.Ordinal);
        return string.Join('+', ids);
    }

    private static bool IsConjunctBreak(AnnotatedDocument d, Token t) =>
        IsComma(d, t) || (t.Kind == TokenKind.Word && (t.Is(d.Text, "and") || t.Is(d.Text, "or") || t.Is(d.Text, "nor")));

    // "the text released a day later by North Korean state media", "a statement issued on Tuesday by the ministry",
    // "the report by the JCS": in a phrase headed by a document noun, the words after "by", up to the end of the
    // clause, name who issued it. The phrase itself may have stopped short of them, at a time or an "on".
    private static Phrase? IssuerOf(AnnotatedDocument d, FirstIndexes at, Phrase source)
    {
        var tokens = d.Tokens;
        var k = source.First;
        if (k < source.End && (tokens[k].Is(d.Text, "the") || tokens[k].Is(d.Text, "a") || tokens[k].Is(d.Text, "an")))
        {
            k++;
        }

        if (k >= source.End || !DocumentNounLookup.Contains(tokens[k].Chars(d.Text)))
        {
            return null;
        }

        var limit = Math.Min(tokens.Count, k + MaxSourceWords);
        for (var j = k + 1; j + 1 < limit && !IsBoundary(d, tokens[j]); j++)
        {
            if (!tokens[j].Is(d.Text, "by"))
            {
                continue;
            }

            var stop = j + 1;
            if (j < source.End)
            {
                stop = source.End;
            }
            else
            {
                while (stop < limit && !IsBoundary(d, tokens[stop]))
                {
                    stop++;
                }

                stop = TrimTime(d, at, j + 1, stop);
            }

            return stop > j + 1 ? new Phrase(j + 1, stop, new TextSpan(tokens[j + 1].Start, tokens[stop - 1].End)) : null;
        }

        return null;
    }

    // How many words open <paramref name="subject"/> with a negation of its own: one for "Neither Moscow nor ..." and
    // "No official", two for "None of the ...", else none.
    private static int NegativeOpening(AnnotatedDocument d, Phrase subject)
    {
        var tokens = d.Tokens;
        var opening = tokens[subject.First];
        // "No. 10 said": an abbreviation, not a negation.
        if (opening.Is(d.Text, "neither") || (opening.Is(d.Text, "no") && subject.First + 1 < subject.End && tokens[subject.First + 1].Kind == TokenKind.Word))
        {
            return 1;
        }

        return opening.Is(d.Text, "none") && subject.First + 1 < subject.End && tokens[subject.First + 1].Is(d.Text, "of") ? 2 : 0;
    }

    private static bool IsNegated(AnnotatedDocument d, int first, int verb)
    {
        for (var k = verb - 1; k >= first && k >= verb - 3; k--)
        {
            var chars = d.Tokens[k].Chars(d.Text);
            if (NegatorLookup.Contains(chars))
            {
                return true;
            }

            if (!SkipLookup.Contains(chars) && !AuxiliaryLookup.Contains(chars))
            {
                return false;
            }
        }

        return false;
    }

    // "..., said Peskov." and "..., said Kremlin spokesman Dmitry Peskov."
    private static bool ObjectAfterClosingVerb(AnnotatedDocument d, int afterVerb, int end, out Phrase obj)
    {
        obj = default;
        var tokens = d.Tokens;
        if (afterVerb >= end || !char.IsUpper(d.Text[tokens[afterVerb].Start]) || tokens[afterVerb].Kind != TokenKind.Word)
        {
            return false;
        }

        var stop = afterVerb;
        while (stop < end && !IsBoundary(d, tokens[stop]) && stop - afterVerb < MaxSourceWords)
        {
            stop++;
        }

        // "..., said Peskov." closes the sentence; "said Russia had fired..." opens a clause and names no speaker.
        var closes = stop >= end - 1 || (tokens[stop].Kind == TokenKind.Punctuation && d.Text[tokens[stop].Start] == ',');
        if (!closes || stop - afterVerb > 10)
        {
            return false;
        }

        obj = new Phrase(afterVerb, stop, new TextSpan(tokens[afterVerb].Start, tokens[stop - 1].End));
        return true;
    }

    private static bool PhraseAfter(AnnotatedDocument d, FirstIndexes at, int start, int end, out Phrase phrase)
    {
        phrase = default;
        var tokens = d.Tokens;
        var stop = start;
        while (stop < end && !IsBoundary(d, tokens[stop]) && stop - start < MaxSourceWords)
        {
            stop++;
        }

        // A trailing "who spoke on condition of anonymity" stays with its noun.
        if (stop < end && tokens[stop].Is(d.Text, "who"))
        {
            while (stop < end && !IsPunctuationBoundary(d, tokens[stop]))
            {
                stop++;
            }
        }

        // "estimates by the NIS had put the deployment at...": the source phrase ends before its own verb; "briefed
        // by a delegation on the talks": "on" opens the topic, unless it is "on condition of anonymity".
        for (var k = start + 1; k < stop; k++)
        {
            if (InnerVerbLookup.Contains(tokens[k].Chars(d.Text))
                || (tokens[k].Is(d.Text, "on") && !(k + 1 < stop && tokens[k + 1].Is(d.Text, "condition")) && !StartsTime(d, tokens[k])))
            {
                stop = k;
                break;
            }
        }

        stop = TrimTime(d, at, start, stop);
        if (stop == start)
        {
            return false;
        }

        phrase = new Phrase(start, stop, new TextSpan(tokens[start].Start, tokens[stop - 1].End));
        return true;
    }

    // "media reports" in "new media reports suggest" takes its modifiers; "witness accounts and the ministry's own
    // assessments" keeps its coordinated partner.
    private static TextSpan ExtendSelf(AnnotatedDocument d, PhraseLexicon<AttributionCue>.Match match, int end)
    {
        var tokens = d.Tokens;
        var stop = match.End;
        if (stop < end && tokens[stop].Is(d.Text, "and"))
        {
            var k = stop + 1;
            while (k < end && !IsBoundary(d, tokens[k]) && k - stop < MaxSourceWords)
            {
                k++;
            }

            stop = k;
        }

        var last = match.Value.Name.EndsWith("-that", StringComparison.Ordinal) || match.Value.Name.EndsWith("-of", StringComparison.Ordinal) ? match.End - 2 : stop - 1;
        return new TextSpan(tokens[match.First].Start, tokens[Math.Max(last, match.First)].End);
    }

    // "..., a claim Kyiv rejected": an indefinite figure noun after a comma, then a subject of its own.
    private static bool IsReducedRelative(AnnotatedDocument d, int first, int start, int end) =>
        start > first && start + 2 < end && IsComma(d, d.Tokens[start - 1])
        && (d.Tokens[start].Is(d.Text, "a") || d.Tokens[start].Is(d.Text, "an"))
        && RelativeHeadLookup.Contains(d.Tokens[start + 1].Chars(d.Text));

    private static TextSpan ScopeOf(AnnotatedDocument d, int sentence, int first, int end, PhraseLexicon<AttributionCue>.Match match, Phrase source)
    {
        var tokens = d.Tokens;
        var sentenceSpan = d.Sentences[sentence];
        if (source.First >= first + 2 && source.First < match.First && IsReducedRelative(d, first, source.First - 2, match.First))
        {
            // The relative clause says something about the figure before it; it credits only what follows.
            return new TextSpan(tokens[source.First - 2].Start, sentenceSpan.End);
        }

        if (match.End < end && tokens[match.End].Is(d.Text, "that") && match.End + 1 < end)
        {
            return new TextSpan(tokens[match.End + 1].Start, sentenceSpan.End);
        }

        if (source.First > match.First && match.First > first)
        {
            // A closing verb: the reported content comes before it.
            return new TextSpan(sentenceSpan.Start, tokens[match.First - 1].End);
        }

        return sentenceSpan;
    }

    private static TextSpan AfterCue(AnnotatedDocument d, int sentence, PhraseLexicon<AttributionCue>.Match match, int end)
    {
        var sentenceSpan = d.Sentences[sentence];
        return match.End < end ? new TextSpan(d.Tokens[match.End].Start, sentenceSpan.End) : sentenceSpan;
    }

    private static bool IsBoundary(AnnotatedDocument d, Token t) =>
        IsPunctuationBoundary(d, t) || (t.Kind == TokenKind.Word && ClauseStopLookup.Contains(t.Chars(d.Text)));

    private static bool IsPunctuationBoundary(AnnotatedDocument d, Token t) =>
        t.Kind == TokenKind.Punctuation
        && (d.Text[t.Start] is ',' or ';' or ':' or '"' or '\u201C' or '\u201D' or '!' or '?' or '\u2014' or '\u2013' or '-'
            || (d.Text[t.Start] == '.' && !IsAbbreviationStop(d.Text, t.Start)));

    // Inside a sentence, "Rep." or "Gen." keeps its stop: a short capitalised word right before it.
    private static bool IsAbbreviationStop(string text, int stop)
    {
        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = stop - start;
        return length is > 0 and <= 4 && char.IsUpper(text[start]);
    }

    private static bool IsComma(AnnotatedDocument d, Token t) => t.Kind == TokenKind.Punctuation && d.Text[t.Start] == ',';

    private static bool IsQuantityOnly(AnnotatedDocument d, Phrase p) =>
        p.End - p.First == 1 && d.Tokens[p.First].Kind == TokenKind.Number;

    // Prefer the organisation or person the phrase names over the state it belongs to.
    private static string? ActorOf(ReadOnlySpan<Mention> mentions, SourceType type)
    {
        Mention? best = null;
        foreach (var m in mentions)
        {
            if (best is null || Rank(m.Kind) > Rank(best.Kind))
            {
                best = m;
            }
        }

        return type == SourceType.Anonymous && best?.Kind == ActorKind.State ? null : best?.ActorId;

        static int Rank(ActorKind kind) => kind switch
        {
            ActorKind.Organisation or ActorKind.Media or ActorKind.Alliance => 3,
            ActorKind.Person => 2,
            ActorKind.Unknown => 1,
            _ => 0,
        };
    }

    private static string? LastCapitalised(AnnotatedDocument d, Phrase p)
    {
        for (var i = p.End - 1; i >= p.First; i--)
        {
            var t = d.Tokens[i];
            if (t.Kind == TokenKind.Word && char.IsUpper(d.Text[t.Start]))
            {
                var start = i;
                while (start > p.First && d.Tokens[start - 1].Kind == TokenKind.Word && char.IsUpper(d.Text[d.Tokens[start - 1].Start]))
                {
                    start--;
                }

                return d.Text[d.Tokens[start].Start..t.End];
            }
        }

        return null;
    }

    /// <summary>Normalises a source phrase: no leading "the", no surrounding punctuation or markup.</summary>
    internal static string Clean(string phrase)
    {
        var s = CleanSpan(phrase);
        return s.Length == phrase.Length ? phrase : s.ToString();
    }

    /// <summary>Normalises a source phrase read in place from the text (see <see cref="Clean(string)"/>).</summary>
    private static string Clean(ReadOnlySpan<char> phrase) => NameOf(CleanSpan(phrase));

    private static ReadOnlySpan<char> CleanSpan(ReadOnlySpan<char> phrase)
    {
        var s = phrase.Trim().TrimStart("*_\"\u201C\u201D,. ".AsSpan());
        var end = s.Length;
        while (end > 0 && s[end - 1] is '*' or '_' or '"' or '\u201C' or '\u201D' or ',' or '.' or ' ' && !EndsDottedAbbreviation(s[..end]))
        {
            end--;
        }

        s = s[..end];
        return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
    }

    // "U.S." and "U.K." keep their final stop, which is part of the name, not the end of the phrase.
    private static bool EndsDottedAbbreviation(ReadOnlySpan<char> s) =>
        s.Length >= 4 && s[^1] == '.' && char.IsUpper(s[^2]) && s[^3] == '.' && char.IsUpper(s[^4]);

    private readonly record struct Phrase(int First, int End, TextSpan Span);
}

