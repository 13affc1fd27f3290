using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Annotators.Times;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

public sealed partial class AttributionAnnotator
{
    // How many words may stand between a possessive and the figure noun it owns: "Seoul's latest revised January estimate of".
    private const int MaxFigureModifiers = 3;

    // How many words a possessive description may have before its noun: "the spy agency's".
    private const int MaxDescriptionWords = 3;

    // Words between a possessive and its figure noun: "the agency's latest estimate of 5,000".
    private static readonly WordSet FigureModifierLookup = new(
        ["latest", "new", "own", "revised", "updated", "earlier", "previous", "initial", "first", "official", "public", "higher",
         "lower", "original", "current", "last", "highest", "lowest"], StringComparer.OrdinalIgnoreCase);

    private static readonly AttributionCue PossessiveCue = new(AttributionRole.Self, null, "possessive");

    private static readonly AttributionCue PossessiveNounCue = new(AttributionRole.Self, null, "possessive-noun");

    // "Seoul's 3,000", "its 11,000", "the agency's estimate of 5,000": a possessive in front of a figure credits the
    // figure to the possessor, whoever speaks the sentence. "North Korea's 11,000 troops" owns the troops, not a figure,
    // and "6,000 of its 1.1 million" takes part of a whole: neither credits anyone. The attributions are narrow (they
    // cover their figure only) and are added once the sentence's speakers are settled, so that no speaker nests them.
    private static void AddPossessiveFigures(AnnotatedDocument d, int s, int first, FirstIndexes at, List<AttributionSpan> earlier, List<AttributionSpan> found)
    {
        var sentence = d.Sentences[s];
        var tokens = d.Tokens;
        var from = found.Count;
        for (var q = at.Quantity; q < d.Quantities.Count && d.Quantities[q].Span.Start < sentence.End; q++)
        {
            var quantity = d.Quantities[q];
            var k = IndexOfToken(d, quantity.Span.Start);
            var j = k - 1;
            if (j > first && IsQuoteToken(d, tokens[j]))
            {
                j--;
            }

            AttributionCue cue;
            var cueEnd = j;
            if (j >= first && IsPossessiveWord(d, tokens[j]) && OwnsNoCountedNoun(quantity) && !(j > first && tokens[j - 1].Is(d.Text, "of")))
            {
                cue = PossessiveCue;
            }
            else if (FigureNounOwner(d, first, j) is var owner and >= 0)
            {
                cue = PossessiveNounCue;
                j = owner;
            }
            else
            {
                continue;
            }

            var cueSpan = new TextSpan(tokens[j].Start, tokens[cueEnd].End);
            var scope = quantity.Span;
            if (Possessor(d, s, first, at, j, cueSpan, cue, scope, earlier, found) is not { } credited || CoveredBySameParty(found, from, credited))
            {
                continue;
            }

            found.Add(credited with { Narrow = true });
        }

        // "the agency's estimate": a description takes the named source it refers back to.
        if (found.Count > from)
        {
            ResolveDescriptions(d, earlier, found, from);
        }
    }

    // The token of the possessive that owns a figure noun right before the figure ("Kyiv's count: 11,000", "the ministry's
    // latest toll of 17"), when token j (the one before the figure) ends such a phrase; else -1.
    private static int FigureNounOwner(AnnotatedDocument d, int first, int j)
    {
        var tokens = d.Tokens;
        if (j > first && (tokens[j].Is(d.Text, "of") || tokens[j].Is(d.Text, "at") || (tokens[j].Kind == TokenKind.Punctuation && d.Text[tokens[j].Start] is ':' or ',')))
        {
            j--;
        }

        if (j <= first || tokens[j].Kind != TokenKind.Word || !FigureNounLookup.Contains(tokens[j].Chars(d.Text)))
        {
            return -1;
        }

        j--;
        for (var crossed = 0; crossed < MaxFigureModifiers && j > first && IsFigureModifier(d, tokens[j]); crossed++)
        {
            j--;
        }

        return j >= first && IsPossessiveWord(d, tokens[j]) ? j : -1;
    }

    // "latest", "own", or when the figure was given: "the agency's January estimate", "Kyiv's spring tally".
    private static bool IsFigureModifier(AnnotatedDocument d, Token t)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var w = t.Chars(d.Text);
        return FigureModifierLookup.Contains(w)
            || (char.IsUpper(w[0]) && TimeLexicon.Default.Months.TryGetValue(w, out var month) && !month.Abbreviation)
            || TimeLexicon.Default.Seasons.TryGetValue(w, out _);
    }

    // The attribution for the possessive at token p, or null when it names no source: "its" takes the body it refers
    // back to, "Seoul's" the actor it names, "the agency's" the description (resolved later).
    private static AttributionSpan? Possessor(
        AnnotatedDocument d, int s, int first, FirstIndexes at, int p, TextSpan cueSpan, AttributionCue cue, TextSpan scope, List<AttributionSpan> earlier,
        List<AttributionSpan> found)
    {
        var tokens = d.Tokens;
        var token = tokens[p];
        if (token.Is(d.Text, "its"))
        {
            var its = new TextSpan(token.Start, token.End);
            if (CreditedBeforeIts(s, token.Start, earlier, found) is { } party)
            {
                return SpeakingFor(new AttributionSpan(s, cueSpan, cue.Name, party.Source, its, null, party.SourceType, [], null, scope), party, "+pronoun");
            }

            var name = Suffixed(cue.Name, "+pronoun");
            if (BodyBeforeIts(d, s, token.Start) is not { } body)
            {
                return null;
            }

            var known = ActorLexicon.Default.TryGet(body.ActorId, out var actor);
            return new AttributionSpan(s, cueSpan, name, known ? actor!.Name : Clean(body.Text), its, body.ActorId, actor?.SourceType ?? SourceType.Official, [], null, scope);
        }

        var stemEnd = token.End - 2;
        if (char.IsUpper(d.Text[token.Start]))
        {
            // "Seoul's", "South Korea's National Intelligence Service's": a named actor, not a person's unknown name.
            if (d.MentionCovering(new TextSpan(stemEnd - 1, stemEnd)) is not { Kind: not ActorKind.Unknown } named || named.Span.End != stemEnd)
            {
                return null;
            }

            var start = IndexOfToken(d, named.Span.Start);
            var attribution = Make(d, s, at, cueSpan, cue, new Phrase(start, p + 1, named.Span), scope, lenient: true);

            // A capital or a state named as the owner of a figure stands for its government: "Seoul's" is South Korea's.
            return attribution is not null && named.Kind == ActorKind.State && ActorLexicon.Default.TryGet(named.ActorId, out var state)
                ? attribution with { Source = state.Name, SourceActor = state.Id }
                : attribution;
        }

        // "the agency's", "the spy agency's": a short definite description whose head names a kind of source.
        var the = p - 1;
        while (the >= first && p - the <= MaxDescriptionWords && tokens[the].Kind == TokenKind.Word && !tokens[the].Is(d.Text, "the"))
        {
            the--;
        }

        if (the < first || !tokens[the].Is(d.Text, "the") || p - the > MaxDescriptionWords)
        {
            return null;
        }

        var description = new Phrase(the, p + 1, new TextSpan(tokens[the].Start, stemEnd));
        return SourceClassifier.IsSourceWord(d.Text.AsSpan(token.Start, stemEnd - token.Start)) ? Make(d, s, at, cueSpan, cue, description, scope, lenient: true) : null;
    }

    // The party "its" refers back to when a speaker was credited: the last one earlier in the sentence, else the first
    // of the sentence before, which is mostly its subject ("The ministry put the toll at 300. Its 300 is disputed").
    private static AttributionSpan? CreditedBeforeIts(int s, int before, List<AttributionSpan> earlier, List<AttributionSpan> found)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            if (found[k].SourceSpan.End <= before && IsSpeaker(found[k]))
            {
                return found[k];
            }
        }

        AttributionSpan? first = null;
        for (var k = earlier.Count - 1; k >= 0 && earlier[k].Sentence >= s - 1; k--)
        {
            first = earlier[k].Sentence == s - 1 && IsSpeaker(earlier[k]) ? earlier[k] : first;
        }

        return first;
    }

    // "its" stands for one party: not "the lawmakers" who passed an agency's estimate on.
    private static bool IsSpeaker(AttributionSpan a) =>
        !a.Narrow && !Pronouns.Contains(a.Source) && a.SourceType != SourceType.Outlet && !IsPlural(a.Source);

    // With no speaker credited, the first body named before "its" in its sentence, else the first the sentence before
    // names ("Ukraine's military intelligence has every reason to ... That does not make its 11,000 wrong").
    private static Mention? BodyBeforeIts(AnnotatedDocument d, int s, int before) =>
        FirstBody(d, d.Sentences[s].Start, before) ?? (s > 0 ? FirstBody(d, d.Sentences[s - 1].Start, d.Sentences[s - 1].End) : null);

    private static Mention? FirstBody(AnnotatedDocument d, int start, int end)
    {
        for (var i = d.FirstMentionFrom(start); i < d.Mentions.Count && d.Mentions[i].Span.Start < end; i++)
        {
            if (d.Mentions[i].Span.End <= end && IsBody(d.Mentions[i]))
            {
                return d.Mentions[i];
            }
        }

        return null;
    }

    private static bool IsBody(Mention m) => m.Kind is ActorKind.Organisation or ActorKind.State or ActorKind.Media or ActorKind.Alliance;

    // A speaker of the sentence who already covers the figure needs no second credit for it ("The NIS said its estimate
    // of 12,000 stood").
    private static bool CoveredBySameParty(List<AttributionSpan> found, int count, AttributionSpan credited)
    {
        for (var k = 0; k < count; k++)
        {
            if (found[k].Scope.Contains(credited.Scope) && SameParty(found[k], credited))
            {
                return true;
            }
        }

        return false;
    }

    // A figure with no counted noun after it ("Seoul's 3,000", "its 11,000") is a figure; one with a noun after it
    // ("its 1.1 million active-duty troops") is something owned.
    private static bool OwnsNoCountedNoun(Core.Quantities.Quantity quantity) =>
        quantity.CountedSpan is not { } counted || counted.Start < quantity.Span.Start;

    // "its", "Seoul's", "the agency's" (not "it's" or "that's", which are not possessives).
    private static bool IsPossessiveWord(AnnotatedDocument d, Token t)
    {
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var w = t.Chars(d.Text);
        return w.Equals("its", StringComparison.OrdinalIgnoreCase)
            || (w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '\u2019' && !PronounLookup.Contains(w[..^2]) && !ContractionLookup.Contains(w[..^2]));
    }

    // Words whose "'s" is "is" or "has": "that's", "there's", "what's".
    private static readonly WordSet ContractionLookup = new(["that", "there", "what", "who", "here", "where", "let", "how", "one"], StringComparer.OrdinalIgnoreCase);

    private static bool IsQuoteToken(AnnotatedDocument d, Token t) => t.Kind == TokenKind.Punctuation && d.Text[t.Start] is '"' or '\u201C' or '\u201D';
}
