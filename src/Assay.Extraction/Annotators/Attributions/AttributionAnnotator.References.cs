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
    // How far back a reference is looked for: a description or a spokesperson in the last 500 credited sources, a
    // pronoun's name in the last 1,000 words of its paragraph, a surname's full name in the last 2,000 mentions. Real
    // articles stay far inside these; they keep a long text (a transcript, a text without paragraph breaks) from being
    // walked from the start once for every reference in it, which grew with the square of its length.
    private const int MaxSourceLookBack = 500;
    private const int MaxNameLookBack = 1_000;
    private const int MaxMentionLookBack = 2_000;

    private static void ResolvePronouns(AnnotatedDocument d, List<AttributionSpan> earlier, List<AttributionSpan> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];

            // "We estimate", "according to our analysis": the article speaks in its own voice.
            if (a.Source is "we" or "We" || a.Source.StartsWith("our ", StringComparison.OrdinalIgnoreCase))
            {
                found[k] = a with
                {
                    Source = d.Article.Voice ?? "the outlet",
                    SourceActor = null,
                    SourceType = SourceType.Outlet,
                    CueName = Suffixed(a.CueName, "+own-voice"),
                };
                continue;
            }

            // "Peskov called it fake ... North Korea's foreign ministry ... both governments said": the two states
            // named last, jointly.
            if (BothStates(a.Source) && StatesBefore(d, a.SourceSpan.Start, a.Sentence) is { } pair)
            {
                found[k] = a with
                {
                    Source = pair.Name,
                    SourceActor = pair.Id,
                    SourceType = SourceType.Government,
                    CueName = Suffixed(a.CueName, "+coreference"),
                };
                continue;
            }

            // "Zelensky said ..., and his office said": an office or staff named by its owner's pronoun speaks for the
            // person credited last, as a spokesperson speaks for their body.
            if (a.Source.StartsWith("his ", StringComparison.OrdinalIgnoreCase) || a.Source.StartsWith("her ", StringComparison.OrdinalIgnoreCase))
            {
                if (a.Source.AsSpan(4).IndexOf(' ') < 0 && PersonBefore(d, found, k, earlier, a.Sentence) is { } owner)
                {
                    found[k] = SpeakingFor(a, owner, "+owner");
                }

                continue;
            }

            if (!Pronouns.Contains(a.Source))
            {
                continue;
            }

            // "Russia's defence ministry ..., when it said": an organisation named earlier in the sentence.
            if (a.Source is "it" or "It" && OrganisationBefore(d, a) is { } body)
            {
                var bodyName = ActorLexicon.Default.TryGet(body.ActorId, out var bodyActor) ? bodyActor.Name : Clean(body.Text);
                found[k] = a with
                {
                    Source = bodyName,
                    SourceActor = body.ActorId,
                    SourceType = bodyActor?.SourceType ?? SourceType.Official,
                    CueName = Suffixed(a.CueName, "+pronoun"),
                };
                continue;
            }

            // The last named, non-pronoun source earlier in this sentence, then earlier in the article; "he" and "she"
            // take the last that may be a person, within a few sentences.
            var personal = a.Source is "he" or "she" or "He" or "She";
            var antecedent = personal
                ? PersonBefore(d, found, k, earlier, a.Sentence)
                : a.Source is "it" or "It"
                    ? CreditedBefore(d, found, k, earlier, int.MinValue, static (_, x) => !IsPlural(x.Source))
                    : CreditedBefore(d, found, k, earlier, int.MinValue, static (_, _) => true);

            // "Valentyna, who has sold shoes here for years, ... 'I saw ...,' she said": a person named after the last
            // credited source is nearer than it.
            var namedAt = -1;
            var person = personal ? LastNameBefore(d, a.SourceSpan.Start, out namedAt) : null;
            if (person is not null && (antecedent is null || (antecedent.Sentence < a.Sentence && namedAt > antecedent.SourceSpan.End && !IsPersonSource(d, antecedent))))
            {
                antecedent = null;
            }

            if (antecedent is null && person is { } name)
            {
                // "The first time Serhiy saw them, he counted about 200, he says": a named person not yet quoted.
                found[k] = a with { Source = name, SourceActor = null, SourceType = SourceType.Eyewitness, CueName = Suffixed(a.CueName, "+pronoun") };
                continue;
            }

            if (antecedent is null)
            {
                // An unresolved "it" or "they" credits no one we can name.
                found.RemoveAt(k);
                k--;
                continue;
            }

            found[k] = SpeakingFor(a, antecedent, "+pronoun");
        }
    }

    // "the lawmakers", "officials", "Russia and North Korea": parties "it" cannot stand for. A common noun whose head
    // ends in a plural "s", or two parties joined by "and"; names ("Reuters", "the United States") are not read so.
    private static bool IsPlural(string source)
    {
        if (source.Contains(" and ", StringComparison.Ordinal))
        {
            return true;
        }

        var head = source.AsSpan();
        foreach (var stop in (ReadOnlySpan<string>)[" of ", " in ", " at ", " from ", " for ", " with ", " who ", ", "])
        {
            var at = head.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0)
            {
                head = head[..at];
            }
        }

        head = head.TrimEnd();
        var word = head[(head.LastIndexOf(' ') + 1)..];
        return word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] != 's' && !word.SequenceEqual("news");
    }

    // The reference a, credited to the party it stands for, with that party's own chain of credit.
    private static AttributionSpan SpeakingFor(AttributionSpan a, AttributionSpan party, string suffix) => a with
    {
        Source = party.Source,
        SourceActor = party.SourceActor,
        SourceType = party.SourceType,
        Via = party.Via,
        CueName = Suffixed(a.CueName, suffix),
    };

    // The last credited party before found[k] that is not a pronoun and that accept takes: earlier in its sentence,
    // then in the sentences before it back to sentence from.
    private static AttributionSpan? CreditedBefore(
        AnnotatedDocument d, List<AttributionSpan> found, int k, List<AttributionSpan> earlier, int from, Func<AnnotatedDocument, AttributionSpan, bool> accept)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (!Pronouns.Contains(found[j].Source) && accept(d, found[j]))
            {
                return found[j];
            }
        }

        for (var j = earlier.Count - 1; j >= 0 && earlier[j].Sentence >= from; j--)
        {
            if (!Pronouns.Contains(earlier[j].Source) && accept(d, earlier[j]))
            {
                return earlier[j];
            }
        }

        return null;
    }

    // "both governments", "the two countries", "both sides": two states named before.
    private static bool BothStates(string source)
    {
        var rest = source.AsSpan();
        if (rest.StartsWith("both ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[5..];
        }
        else if (rest.StartsWith("two ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }
        else
        {
            return false;
        }

        return rest is "governments" or "countries" or "states" or "sides" or "capitals";
    }

    // The last two different states named before <paramref name="before"/>, in its sentence or the two before it,
    // directly or through an actor of theirs ("the Kremlin's spokesman", "North Korea's foreign ministry"): their
    // joint actor id (as for "Russia and North Korea") and their names.
    private static (string Id, string Name)? StatesBefore(AnnotatedDocument d, int before, int sentence)
    {
        var from = d.Sentences[Math.Max(0, sentence - DocumentReach)].Start;
        string? last = null;
        for (var i = d.FirstMentionFrom(before) - 1; i >= 0 && d.Mentions[i].Span.Start >= from; i--)
        {
            if (d.Mentions[i].Country is not { } country || country == last || !ActorLexicon.Default.TryGet(country, out var state))
            {
                continue;
            }

            if (last is null)
            {
                last = country;
                continue;
            }

            var other = ActorLexicon.Default.TryGet(last, out var known) ? known : null;
            if (other is null)
            {
                return null;
            }

            var (first, second) = string.CompareOrdinal(state.Id, other.Id) < 0 ? (state, other) : (other, state);
            return (first.Id + "+" + second.Id, first.Name + " and " + second.Name);
        }

        return null;
    }

    // The last credited source before found[k] that may be a person, in this sentence or a few before it.
    private static AttributionSpan? PersonBefore(AnnotatedDocument d, List<AttributionSpan> found, int k, List<AttributionSpan> earlier, int sentence) =>
        CreditedBefore(d, found, k, earlier, sentence - PersonReach, MayBePerson);

    // The last lone capitalised name no actor covers, within the paragraph before <paramref name="before"/>.
    private static string? LastNameBefore(AnnotatedDocument d, int before, out int at)
    {
        at = -1;
        var index = d.ParagraphIndexAt(before);
        var paragraph = index >= 0 ? d.Article.Paragraphs[index] : default;

        // A name further back than any real paragraph runs is not the one a pronoun means; the bound keeps one endless
        // paragraph (a transcript, a text without breaks) from being walked once per pronoun.
        var tokens = d.Tokens;
        var from = IndexOfToken(d, before) - 1;
        for (var k = from; k >= 0 && k > from - MaxNameLookBack && tokens[k].Start >= paragraph.Start; k--)
        {
            var sentenceStart = StartsSentence(d, tokens[k].Start);
            var alone = (k == 0 || !char.IsUpper(d.Text[tokens[k - 1].Start])) && (k + 1 >= tokens.Count || !char.IsUpper(d.Text[tokens[k + 1].Start]));
            // "the Chief of the General Staff": a capitalised title is not a name.
            if ((!sentenceStart || IntroducesPerson(d, k)) && alone && IsPersonName(d, k, k + 1) && !QuantityStartsAt(d, tokens[k].Start)
                && !SourceClassifier.HasSourceWord(WordsOf(d, new Phrase(k, k + 1, default))))
            {
                at = tokens[k].Start;
                return d.Text[tokens[k].Start..tokens[k].End];
            }
        }

        return null;
    }

    private static bool StartsSentence(AnnotatedDocument d, int offset) =>
        d.SentenceIndexAt(offset) is var s and >= 0 && d.Sentences[s].Start == offset;

    // Whether a credited source is a person: a person mention, a bare name, or an eyewitness.
    private static bool IsPersonSource(AnnotatedDocument d, AttributionSpan a)
    {
        if (a.SourceType == SourceType.Eyewitness)
        {
            return true;
        }

        if (a.SourceActor is not null && d.NamesPerson(a.SourceActor))
        {
            return true;
        }

        var mentions = d.Mentions;
        for (var i = d.FirstMentionFrom(a.SourceSpan.Start); i < mentions.Count && mentions[i].Span.Start < a.SourceSpan.End; i++)
        {
            if (mentions[i].Kind == ActorKind.Person && a.SourceSpan.Contains(mentions[i].Span))
            {
                return true;
            }
        }

        var first = IndexOfToken(d, a.SourceSpan.Start);
        var end = IndexOfToken(d, a.SourceSpan.End);
        return end > first && IsPersonName(d, first, end);
    }

    // Whether "he" or "she" may refer to a credited source: a person, or a phrase whose head names one ("a ministry
    // spokesman", "the lawmaker"), or a spokesperson taken for the body they speak for. A state, a body, a demonym,
    // reports or data are not.
    private static bool MayBePerson(AnnotatedDocument d, AttributionSpan a)
    {
        if (a.CueName.Contains("+spokesperson", StringComparison.Ordinal) || IsPersonSource(d, a))
        {
            return true;
        }

        var first = IndexOfToken(d, a.SourceSpan.Start);
        var end = IndexOfToken(d, a.SourceSpan.End);
        var head = end;
        for (var k = first + 1; k < end; k++)
        {
            if (d.Tokens[k].Kind == TokenKind.Punctuation || HeadStopLookup.Contains(d.Tokens[k].Chars(d.Text)))
            {
                head = k;
                break;
            }
        }

        return head > first && PersonHeadLookup.Contains(d.Tokens[head - 1].Chars(d.Text));
    }

    // "Valentyna, who ..." or "Maryna, 58, ...": a sentence-opening word described as a person is a name.
    private static bool IntroducesPerson(AnnotatedDocument d, int k) =>
        k + 2 < d.Tokens.Count && IsComma(d, d.Tokens[k + 1]) && (d.Tokens[k + 2].Is(d.Text, "who") || d.Tokens[k + 2].Kind == TokenKind.Number);

    private static Mention? OrganisationBefore(AnnotatedDocument d, AttributionSpan a)
    {
        var sentence = d.Sentences[a.Sentence];
        Mention? last = null;
        var mentions = d.Mentions;
        for (var i = d.FirstMentionFrom(sentence.Start); i < mentions.Count && mentions[i].Span.Start < a.SourceSpan.Start; i++)
        {
            var m = mentions[i];
            if (m.Span.End <= a.SourceSpan.Start && m.Kind is ActorKind.Organisation or ActorKind.Media or ActorKind.Alliance)
            {
                last = m;
            }
        }

        return last;
    }

    // "the agency said" after "the NIS said", and "Lee said" after "Lee Seong-kweun told reporters": a definite
    // description or a bare surname takes the named source it refers back to. Those before found[from] are left as
    // they are.
    private static void ResolveDescriptions(AnnotatedDocument d, List<AttributionSpan> earlier, List<AttributionSpan> found, int from = 0)
    {
        for (var k = from; k < found.Count; k++)
        {
            var a = found[k];
            if (a.SourceActor is not null && !a.SourceActor.StartsWith("unknown:", StringComparison.Ordinal))
            {
                // A known actor: most sources, so tested before anything else.
                continue;
            }

            var opening = d.Text.AsSpan(a.SourceSpan.Start);
            var definite = opening.Length >= 4 && AsciiText.EqualsIgnoreCase(opening[..4], "the ");

            // At most three words: at most two spaces (counted rather than split, which would allocate).
            if (a.Source.Contains(' ', StringComparison.Ordinal) && !(definite && a.Source.AsSpan().Count(' ') <= 2))
            {
                continue;
            }

            var surname = char.IsUpper(a.Source[0]) && !definite && !a.Source.Contains(' ', StringComparison.Ordinal);
            if (!definite && !surname)
            {
                continue;
            }

            // "the same report", "the same researchers": whoever was credited last.
            var same = a.Source.StartsWith("same ", StringComparison.OrdinalIgnoreCase);

            // The description's head and the titles it may repeat, found once for every earlier source it is tried on.
            var head = a.Source.AsSpan(a.Source.LastIndexOf(' ') + 1);
            var titles = PersonTitleLookup.TryGetValue(head, out var t) ? t : null;
            var headType = KindNamed(head);
            AttributionSpan? antecedent = null;
            for (var j = k - 1; j >= 0 && antecedent is null; j--)
            {
                antecedent = same || RefersTo(d, a.Source, definite, headType, titles, found[j]) ? found[j] : null;
            }

            var reach = Math.Max(0, earlier.Count - MaxSourceLookBack);
            for (var j = earlier.Count - 1; j >= reach && antecedent is null && same; j--)
            {
                antecedent = Pronouns.Contains(earlier[j].Source) ? null : earlier[j];
            }

            for (var j = earlier.Count - 1; j >= reach && antecedent is null; j--)
            {
                antecedent = RefersTo(d, a.Source, definite, headType, titles, earlier[j]) ? earlier[j] : null;
            }

            // "referred questions to the Defence Ministry. The ministry said": a body named since the source found is
            // the nearer antecedent.
            if (definite && headType is not null && BodyNamedBefore(d, a, head) is { } named
                && (antecedent is null || named.Span.Start > antecedent.SourceSpan.Start))
            {
                found[k] = a with
                {
                    Source = named.ActorName,
                    SourceActor = named.ActorId,
                    SourceType = ActorLexicon.Default.TryGet(named.ActorId, out var body) && body.SourceType is { } bodyType ? bodyType : SourceType.Government,
                    CueName = Suffixed(a.CueName, "+coreference"),
                };
                continue;
            }

            // "Kim said ... The statement neither confirmed nor denied": one document named by its noun alone is the
            // last credited party's, in this sentence or the two before it; with none in reach it names no one.
            // ("The reports said" may gather several parties' reports, and keeps the old reading.)
            if (antecedent is null && definite && head.Length == a.Source.Length && head[^1] != 's' && DocumentNounLookup.Contains(head))
            {
                antecedent = CreditedBefore(d, found, k, earlier, a.Sentence - DocumentReach, static (_, x) => !IsBareDocument(x));
                if (antecedent is null)
                {
                    found.RemoveAt(k);
                    k--;
                    continue;
                }
            }

            if (antecedent is not null && NamesReport(a.Source) && antecedent.CueName.Contains("+citing", StringComparison.Ordinal) && antecedent.Via.Count > 0)
            {
                // "X reported, citing Y. The same report said ...": the report is X's, whoever X cited.
                found[k] = a with { Source = antecedent.Via[0], SourceActor = null, SourceType = SourceType.Media, CueName = Suffixed(a.CueName, "+coreference") };
            }
            else if (antecedent is not null)
            {
                found[k] = a with
                {
                    Source = antecedent.Source,
                    SourceActor = antecedent.SourceActor,
                    SourceType = antecedent.SourceType,
                    CueName = Suffixed(a.CueName, "+coreference"),
                };
            }
            else if (surname && PersonNamed(d, a.Source, a.SourceSpan.Start) is { } person)
            {
                // The person's kind of authority is the lexicon's ("Kim" is a head of state, not an expert).
                var name = ActorLexicon.Default.TryGet(person.ActorId, out var actor) ? actor.Name : Clean(person.Text);
                found[k] = a with
                {
                    Source = name,
                    SourceActor = person.ActorId,
                    SourceType = actor?.SourceType ?? SourceType.Government,
                    CueName = Suffixed(a.CueName, "+coreference"),
                };
            }
        }
    }

    // The nearest organisation the lexicon knows, named before the description in its sentence or the two before it,
    // whose name holds the description's head ("the Defence Ministry" for "the ministry").
    private static Mention? BodyNamedBefore(AnnotatedDocument d, AttributionSpan a, ReadOnlySpan<char> head)
    {
        var from = d.Sentences[Math.Max(0, a.Sentence - DocumentReach)].Start;
        var mentions = d.Mentions;
        for (var i = d.FirstMentionFrom(a.SourceSpan.Start) - 1; i >= 0 && mentions[i].Span.Start >= from; i--)
        {
            var m = mentions[i];
            if (m.Kind == ActorKind.Organisation && !m.ActorId.StartsWith("unknown:", StringComparison.Ordinal)
                && m.Text.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase))
            {
                return m;
            }
        }

        return null;
    }

    private static bool NamesReport(string description)
    {
        var head = description.AsSpan(description.LastIndexOf(' ') + 1);
        return head is "article" or "story" or "investigation" || DocumentNounLookup.Contains(head);
    }

    // How many sentences back a bare "the statement" or "the report" looks for whoever issued it.
    private const int DocumentReach = 2;

    // A party named only by a document noun ("the statement"), which cannot itself issue one.
    private static bool IsBareDocument(AttributionSpan a) =>
        a.SourceActor is null && DocumentNounLookup.Contains(a.Source.AsSpan(a.Source.LastIndexOf(' ') + 1));

    // The last person named before <paramref name="before"/> whose name holds <paramref name="surname"/> as a word.
    private static Mention? PersonNamed(AnnotatedDocument d, string surname, int before)
    {
        // Mentions starting at or after the offset end after it; the walk back stops where no reader would look.
        var from = d.FirstMentionFrom(before) - 1;
        for (var i = from; i >= 0 && i > from - MaxMentionLookBack; i--)
        {
            var m = d.Mentions[i];
            if (m.Span.End > before || m.Kind != ActorKind.Person || m.Text == surname)
            {
                continue;
            }

            if (HasWord(m.Text, surname))
            {
                return m;
            }
        }

        return null;
    }

    // "A spokesman said" after "Ukraine's General Staff rejected...": the spokesperson speaks for the body named last.
    private static void ResolveSpokespeople(AnnotatedDocument d, List<AttributionSpan> earlier, List<AttributionSpan> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (a.Source is not ("A spokesman" or "a spokesman" or "A spokeswoman" or "a spokeswoman" or "A spokesperson" or "a spokesperson"))
            {
                continue;
            }

            AttributionSpan? body = null;
            for (var j = k - 1; j >= 0 && body is null; j--)
            {
                body = SpeaksFor(found[j]) ? found[j] : null;
            }

            for (var j = earlier.Count - 1; j >= Math.Max(0, earlier.Count - MaxSourceLookBack) && body is null; j--)
            {
                body = SpeaksFor(earlier[j]) ? earlier[j] : null;
            }

            if (body is not null)
            {
                found[k] = a with { Source = body.Source, SourceActor = body.SourceActor, SourceType = body.SourceType, CueName = Suffixed(a.CueName, "+spokesperson") };
            }
        }

        static bool SpeaksFor(AttributionSpan candidate) =>
            candidate.SourceActor is { } id && ActorLexicon.Default.TryGet(id, out var actor) && actor.Kind is ActorKind.Organisation or ActorKind.State;
    }

    // "the agency" refers to an intelligence source, "the military" or "the army" to a military one, "the ministry" or
    // "the government" to a government actor: the kind a description's head names, or null.
    private static SourceType? KindNamed(ReadOnlySpan<char> head) =>
        head.Equals("agency", StringComparison.OrdinalIgnoreCase) ? SourceType.Intelligence
        : head is "military" or "army" ? SourceType.Military
        : head is "ministry" or "government" ? SourceType.Government
        : null;

    // <paramref name="headType"/> is KindNamed of the description's head, found once for every earlier source.
    private static bool RefersTo(AnnotatedDocument d, string description, bool definite, SourceType? headType, string[]? titles, AttributionSpan candidate)
    {
        // The actor is tested before the search for a space: this runs against every earlier source.
        if (candidate.Source.Equals(description, StringComparison.OrdinalIgnoreCase) || (candidate.SourceActor is null && !candidate.Source.Contains(' ', StringComparison.Ordinal)))
        {
            return false;
        }

        if (!definite)
        {
            // A surname is one of the words of a longer name (walked in place: this runs against every earlier source),
            // and so somewhere in it: one search rules out most names before the walk.
            var rest = candidate.Source.AsSpan();
            if (rest.IndexOf(description.AsSpan()) < 0)
            {
                return false;
            }

            while (true)
            {
                var cut = rest.IndexOfAny(' ', '-');
                if ((cut < 0 ? rest : rest[..cut]).Equals(description, StringComparison.Ordinal))
                {
                    return true;
                }

                if (cut < 0)
                {
                    return false;
                }

                rest = rest[(cut + 1)..];
            }
        }

        // The kind the head names is tested before the search for the description, which costs more.
        var refers = (headType is { } type && candidate.SourceType == type && (type != SourceType.Government || candidate.SourceActor is not null))
            || candidate.Source.Contains(description, StringComparison.OrdinalIgnoreCase)
            || HasTitle(d.Text.AsSpan(candidate.SourceSpan.Start, candidate.SourceSpan.Length), titles);

        // A description names one body: never two states at once ("Russia and North Korea"), nor, when its head names a
        // body ("the ministry"), a person who spoke of one.
        return refers && !(candidate.SourceActor is { } id
            && ((id.Contains('+', StringComparison.Ordinal) && description[^1] != 's') || (headType is not null && IsPersonSource(d, candidate))));
    }

    // "the governor" after "Regional governor Oleh Syniehubov says", "the lawmaker" after "Rep. Lee Seong-kweun": a
    // person's title, written before the name or as its short form, is what a later description repeats.
    private static bool HasTitle(ReadOnlySpan<char> named, string[]? titles)
    {
        if (titles is null)
        {
            return false;
        }

        foreach (var title in titles)
        {
            var at = named.IndexOf(title, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(named[at - 1])) && (at + title.Length == named.Length || !char.IsLetter(named[at + title.Length])))
            {
                return true;
            }
        }

        return false;
    }

    // "a source of his in Pyongyang" credits the person named earlier in the sentence as the via.
    private static void AddViaFromPossessive(AnnotatedDocument d, int sentence, List<AttributionSpan> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            if (a.Via.Count > 0 || !(a.Source.Contains(" of his", StringComparison.OrdinalIgnoreCase) || a.Source.Contains(" of her", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            Mention? person = null;
            var mentions = d.Mentions;
            for (var i = d.FirstMentionFrom(d.Sentences[sentence].Start); i < mentions.Count && mentions[i].Span.Start < a.SourceSpan.Start; i++)
            {
                var m = mentions[i];
                if (m.Span.End <= a.SourceSpan.Start && m.Kind is ActorKind.Person or ActorKind.Unknown)
                {
                    person = m;
                }
            }

            if (person is not null)
            {
                found[k] = a with { Via = [person.Text], CueName = Suffixed(a.CueName, "+possessive") };
            }
        }
    }
}
