using System.Collections.Frozen;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

/// <summary>Finds who each sentence's statements are credited to: "according to X", "X said", "citing X",
/// "media reports indicate", "based on eyewitness accounts and X's assessments", nested chains.</summary>
/// <remarks>One <see cref="AttributionSpan"/> per cue; a "citing" cue folds the citer into the via list of the
/// cited source. Pronoun subjects ("he said") resolve to the last named source before them.</remarks>
public sealed class AttributionAnnotator : IAnnotator
{
    private const int MaxSourceWords = 14;

    private static readonly PhraseLexicon<AttributionCue> Cues = PhraseLexicon.Load("attribution-cues.tsv", static f =>
        new AttributionCue(
            Enum.Parse<AttributionRole>(f[1], ignoreCase: true),
            f[2] == "-" ? null : Enum.Parse<Stance>(f[2], ignoreCase: true),
            f[3]));

    private static readonly FrozenSet<string> SkipBeforeVerb = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "also", "repeatedly", "previously", "earlier", "later", "again", "once", "further", "publicly",
        "separately", "recently", "now", "then", "even", "already", "been", "would", "will", "reportedly", "privately",
        "initially", "first", "last", "openly", "explicitly", "flatly", "firmly", "officially", "quickly", "swiftly", "strongly",
        "so", "far", "still", "just", "only", "generally", "widely", "independently", "consistently");

    private static readonly FrozenSet<string> ClauseStops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "which", "while", "but", "when", "after", "because", "as", "if", "whereas", "since", "although", "though", "where", "so",
        "what", "who", "whom", "whose", "how", "why");

    private static readonly FrozenSet<string> Negators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "never", "neither", "nor", "didn't", "doesn't", "don't", "hasn't", "haven't", "won't", "didn\u2019t", "doesn\u2019t", "hasn\u2019t");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorLookup = Negators.GetAlternateLookup<ReadOnlySpan<char>>();

    // Before a noun these words make "estimate" or "claims" a noun: "its public estimate", "the claims".
    private static readonly FrozenSet<string> NounMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "its", "their", "his", "her", "the", "a", "an", "our", "my", "your", "own", "public", "latest", "new", "official", "previous",
        "initial", "revised", "updated", "first", "earlier", "conservative", "higher", "lower", "same", "these", "those", "such", "this", "that");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounMarkerLookup = NounMarkers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> AmbiguousVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "verb:estimate", "verb:estimates", "verb:claims", "verb:assess", "verb:believe", "verb:say", "verb:deny", "verb:suggest", "verb:indicate");

    private static readonly FrozenSet<string> TimePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "on", "in", "at", "last", "earlier", "this", "late", "early");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimePrepositionLookup = TimePrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> AuxiliariesOfNegation = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "did", "does", "do");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLookup = AuxiliariesOfNegation.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SkipLookup = SkipBeforeVerb.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseStopLookup = ClauseStops.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> OpeningPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "during", "after", "before", "for", "with", "speaking", "asked", "writing", "under", "from", "since", "by");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningPrepositionLookup = OpeningPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> RoleNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts", "commander", "officer",
        "officers", "member", "members", "source", "sources", "diplomat", "diplomats", "lawmaker", "lawmakers", "adviser", "advisor");

    private static readonly FrozenSet<string> InnerVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "may", "might", "likely", "also");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InnerVerbLookup = InnerVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> NotInSources = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "was", "were", "are", "be", "being", "cannot", "can", "could", "would", "will", "took", "take", "did", "do", "does",
        "nothing", "made", "gave", "step", "there", "here", "later", "ago", "when", "it's", "its");

    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "In", "On", "At", "This", "That", "These", "Those", "Each", "Every", "Some", "Two", "Three", "One", "Hours",
        "Days", "Weeks", "Later", "Earlier", "Meanwhile", "But", "And", "Yet", "Still", "However", "Also", "Now", "Then");

    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "they", "it", "we", "i", "this", "these", "those");

    // Verbs of finding rather than saying: "identified", "counted".
    private static readonly FrozenSet<string> FindingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "verb:identified", "verb:counted", "verb:tracked", "verb:recorded", "verb:documented", "verb:detected", "verb:showed");

    /// <inheritdoc/>
    public string Name => "attributions";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var found = new List<AttributionSpan>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var range = document.SentenceTokens(s);
            var (first, end) = (range.Start.Value, range.End.Value);
            found.Clear();
            string? writingVia = null;
            (int Index, int End, string Cited, TextSpan CitedSpan)? citing = null;
            for (var i = first; i < end; i++)
            {
                if (!Cues.TryMatch(document.Text, tokens, i, end, out var match))
                {
                    continue;
                }

                var cue = match.Value;
                var cueSpan = new TextSpan(tokens[match.First].Start, tokens[match.End - 1].End);
                switch (cue.Role)
                {
                    case AttributionRole.Verb:
                        // "seemed to indicate": an infinitive is not a speech act.
                        if (match.First > first && tokens[match.First - 1].Is(document.Text, "to"))
                        {
                            break;
                        }

                        // "put the toll at 3,000", "put Ukrainian casualties at about 70,000": "put" credits only with "at".
                        if (cue.Name == "verb:put-at" && !HasWordAhead(document, match.End, Math.Min(end, match.End + 8), "at"))
                        {
                            break;
                        }

                        // "has been put at", "was estimated": a passive verb's subject is what was said, not who said it.
                        if (match.First > first && IsPassive(document, first, match.First))
                        {
                            break;
                        }

                        // "its public estimate" is a noun, not a verb.
                        if (AmbiguousVerbs.Contains(cue.Name) && match.First > first && NounMarkerLookup.Contains(tokens[match.First - 1].Chars(document.Text)))
                        {
                            break;
                        }

                        var negated = IsNegated(document, first, match.First);
                        if (negated && cue.Stance is null or Stance.Reported)
                        {
                            // "The report did not say how many": nothing is credited.
                            break;
                        }

                        if (SubjectBefore(document, first, match.First, out var subject) || ObjectAfterClosingVerb(document, match.End, end, out subject))
                        {
                            if (Make(document, s, cueSpan, cue, subject, ScopeOf(document, s, first, end, match, subject)) is { } attribution)
                            {
                                found.Add(negated ? attribution with { Stance = null, CueName = "not:" + cue.Name } : attribution);
                            }
                        }

                        break;
                    case AttributionRole.Prep:
                        if (PhraseAfter(document, match.End, end, out var after))
                        {
                            // "some 13,000 estimated by the spy agency": an agent after the figure covers only its clause.
                            var scope = cue.Name.EndsWith("-by", StringComparison.Ordinal) ? ClauseBefore(document, first, match.First) : document.Sentences[s];
                            if (Make(document, s, cueSpan, cue, after, scope, lenient: true) is { } attribution)
                            {
                                found.Add(attribution);
                                i = after.End - 1;
                            }
                        }

                        break;
                    case AttributionRole.Citing:
                        if (PhraseAfter(document, match.End, end, out var cited))
                        {
                            citing = (match.First, cited.End, document.Text[cited.Span.Start..cited.Span.End], cited.Span);
                            i = cited.End - 1;
                        }

                        break;
                    case AttributionRole.Writing:
                        if (PhraseAfter(document, match.End, end, out var outlet))
                        {
                            writingVia = LastCapitalised(document, outlet) ?? Clean(document.Text[outlet.Span.Start..outlet.Span.End]);
                            i = outlet.End - 1;
                        }

                        break;
                    case AttributionRole.Self:
                        if (!found.Exists(f => f.SourceSpan.Contains(cueSpan)))
                        {
                            var self = new Phrase(match.First, match.End, ExtendSelf(document, match, end));
                            if (Make(document, s, cueSpan, cue, self, AfterCue(document, s, match, end)) is { } attribution)
                            {
                                found.Add(attribution);
                            }
                        }

                        break;
                }
            }

            if (found.Count == 0)
            {
                AddListLabel(document, s, first, end, found);
            }

            // "called reports that ... propaganda": a verb cue that takes the reports as its object holds them.
            found.RemoveAll(a => a.CueName.StartsWith("self:", StringComparison.Ordinal)
                && found.Exists(b => !ReferenceEquals(a, b) && !b.CueName.StartsWith("self:", StringComparison.Ordinal) && b.Cue.Overlaps(a.Cue)));

            // "emerging media reports indicate": the verb's subject already holds the self-naming cue.
            found.RemoveAll(a => a.CueName.StartsWith("self:", StringComparison.Ordinal)
                && found.Exists(b => !ReferenceEquals(a, b) && b.SourceSpan.Contains(a.SourceSpan) && b.SourceSpan != a.SourceSpan));

            if (citing is { } c)
            {
                Fold(document, s, first, found, c);
            }

            if (writingVia is not null && found.Count > 0)
            {
                found[0] = found[0] with { Via = [writingVia, .. found[0].Via] };
            }

            ShareMainSubject(document, first, found);
            ResolveDescriptions(document, found);
            ResolveSpokespeople(document, found);
            ResolvePronouns(document, found);
            AddViaFromPossessive(document, s, found);
            NestReportedSpeech(document, s, found);
            ClipToClauses(document, s, found);
            document.Attributions.AddRange(found);
        }
    }

    // Null when the phrase cannot name a source ("Each step was", "Two", "cannot be").
    // With <paramref name="lenient"/> ("according to X") whatever follows the cue names the source.
    private static AttributionSpan? Make(AnnotatedDocument d, int sentence, TextSpan cue, AttributionCue entry, Phrase source, TextSpan scope, bool lenient = false)
    {
        var text = Clean(d.Text[source.Span.Start..source.Span.End]);
        var mentions = MentionsIn(d, source.Span);
        var words = WordsOf(d, source);
        if (!lenient && !IsPlausibleSource(words, mentions) && !(source.End - source.First == 1 && IsPersonName(d, source.First, source.End)))
        {
            return null;
        }

        var type = SourceClassifier.Classify(words, mentions);
        var (name, actor) = Canonical(text, words, mentions, type);

        // "local authorities had reported 17 killed" is their own statement; only media pass a report on.
        var stance = entry.Name == "verb:reported" && type is not SourceType.Media ? null : entry.Stance;
        return new AttributionSpan(sentence, cue, entry.Name, name, source.Span, actor, type, [], stance, scope);
    }

    // "UN Human Rights Monitoring Mission" names a body inside the UN: two or more capitalised words that the
    // actor's own mention does not cover mean the phrase is more specific than the actor, so it stays as written.
    private static bool HasUnnamedCapitals(List<string> words, List<Mention> mentions, Mention actor)
    {
        var names = actor.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var uncovered = 0;
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (!char.IsUpper(w[0]) || Array.IndexOf(names, w) >= 0 || NotNames.Contains(w) || mentions.Exists(m => m.Text.Contains(w, StringComparison.Ordinal)))
            {
                continue;
            }

            uncovered++;
        }

        return uncovered >= 2;
    }

    // A lone name ("..., said Larysa, 52.") passes as a person when no actor mention covers it; see IsPersonName.
    private static bool HoldsHead(List<string> words, Mention actor)
    {
        var head = words.Count;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i] is "of" or "for" or "in" or "at" or "from" or "with" or "on" or "who")
            {
                head = i;
                break;
            }
        }

        for (var i = head - 1; i >= 0; i--)
        {
            if (words[i].Length > 0 && char.IsLetter(words[i][0]))
            {
                return actor.Text.Contains(words[i], StringComparison.Ordinal);
            }
        }

        return true;
    }

    private static bool IsPlausibleSource(List<string> words, List<Mention> mentions)
    {
        foreach (var word in words)
        {
            if (NotInSources.Contains(word))
            {
                return false;
            }
        }

        if (words.Count == 1 && Pronouns.Contains(words[0]))
        {
            return true;
        }

        if (mentions.Count > 0 || SourceClassifier.HasSourceWord(words))
        {
            return true;
        }

        // "The mission said", "the market's manager said": a short definite description names someone.
        if (words.Count is >= 2 and <= 4 && words[0] is "the" or "The" && words.TrueForAll(w => char.IsLetter(w[0])))
        {
            return true;
        }

        // A name the lexicon does not know: two capitalised words, or one after the first ("Sabrina Singh", "Vesti Review").
        var capitals = 0;
        foreach (var word in words)
        {
            if (char.IsUpper(word[0]) && !NotNames.Contains(word))
            {
                capitals++;
            }
        }

        return capitals >= 2 || (capitals == 1 && words.Count > 1 && !char.IsUpper(words[0][0]));
    }

    // A phrase that names one organisation or person ("South Korea's spy agency", "Kremlin spokesman Dmitry Peskov")
    // takes that actor's canonical name, so that every way of writing it counts as one source.
    private static (string Name, string? Actor) Canonical(string text, List<string> words, List<Mention> mentions, SourceType type)
    {
        Mention? single = null;
        foreach (var m in mentions)
        {
            if (m.Kind is ActorKind.State)
            {
                continue;
            }

            if (single is not null && single.ActorId != m.ActorId)
            {
                return (text, ActorOf(mentions, type));
            }

            single = m;
        }

        if (single is null || words.Exists(w => w is "and" or "or") || type == SourceType.Anonymous || HasUnnamedCapitals(words, mentions, single))
        {
            return (text, ActorOf(mentions, type));
        }

        // "Two residents of Druzhkivka" are not Druzhkivka: the actor must hold the phrase's head (its last word
        // before "of", "for", "in"...), else the phrase stays as written.
        if (!HoldsHead(words, single))
        {
            return (text, single.ActorId);
        }

        // "a JCS official" speaks for the JCS but is not the JCS: the phrase stays, the actor is recorded.
        if (single.Kind != ActorKind.Person && words.Exists(w => RoleNouns.Contains(w)))
        {
            return (text, single.ActorId);
        }

        if (ActorLexicon.Default.TryGet(single.ActorId, out var actor))
        {
            return (actor.Name, actor.Id);
        }

        return (Clean(single.Text), single.ActorId);
    }

    // "Yonhap, citing the NIS, reported" and "officials said, citing intelligence": the cited phrase becomes the
    // source and the citer a via; with no citer in sight, the cited phrase stands alone.
    private static void Fold(AnnotatedDocument d, int sentence, int first, List<AttributionSpan> found, (int Index, int End, string Cited, TextSpan CitedSpan) c)
    {
        var mentions = MentionsIn(d, c.CitedSpan);
        var words = WordsOf(d, new Phrase(c.Index + 1, c.End, c.CitedSpan));

        var type = SourceClassifier.Classify(words, mentions);
        var citedText = Clean(c.Cited);
        var citingCue = new TextSpan(d.Tokens[c.Index].Start, d.Tokens[c.Index].End);
        if (found.Count > 0)
        {
            var main = found[0];
            found[0] = main with
            {
                Source = citedText,
                SourceSpan = c.CitedSpan,
                SourceActor = ActorOf(mentions, type),
                SourceType = type,
                Via = [main.Source, .. main.Via],
                CueName = main.CueName + "+citing",
            };
            return;
        }

        // A citer before the cue with no verb of its own: "Yonhap, citing the NIS."
        var via = new List<string>();
        if (c.Index > first && SubjectBefore(d, first, c.Index, out var citer))
        {
            via.Add(Clean(d.Text[citer.Span.Start..citer.Span.End]));
        }

        found.Add(new AttributionSpan(sentence, citingCue, "citing", citedText, c.CitedSpan, ActorOf(mentions, type), type, via, null, d.Sentences[sentence]));
    }

    private static void ResolvePronouns(AnnotatedDocument d, List<AttributionSpan> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];

            // "We estimate", "according to our analysis": the article speaks in its own voice.
            if (a.Source is "we" or "We" || a.Source.StartsWith("our ", StringComparison.OrdinalIgnoreCase))
            {
                found[k] = a with
                {
                    Source = d.Article.Outlet ?? d.Article.Byline ?? "the outlet",
                    SourceActor = null,
                    SourceType = SourceType.Outlet,
                    CueName = a.CueName + "+own-voice",
                };
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
                    CueName = a.CueName + "+pronoun",
                };
                continue;
            }

            // The last named, non-pronoun source earlier in this sentence, then earlier in the article.
            AttributionSpan? antecedent = null;
            for (var j = k - 1; j >= 0 && antecedent is null; j--)
            {
                if (!Pronouns.Contains(found[j].Source))
                {
                    antecedent = found[j];
                }
            }

            for (var j = d.Attributions.Count - 1; j >= 0 && antecedent is null; j--)
            {
                if (!Pronouns.Contains(d.Attributions[j].Source))
                {
                    antecedent = d.Attributions[j];
                    break;
                }
            }

            if (antecedent is null && a.Source is "he" or "she" or "He" or "She" && LastNameBefore(d, a.SourceSpan.Start) is { } name)
            {
                // "The first time Serhiy saw them, he counted about 200, he says": a named person not yet quoted.
                found[k] = a with { Source = name, SourceActor = null, SourceType = SourceType.Eyewitness, CueName = a.CueName + "+pronoun" };
                continue;
            }

            if (antecedent is null)
            {
                // An unresolved "it" or "they" credits no one we can name.
                found.RemoveAt(k);
                k--;
                continue;
            }

            {
                found[k] = a with
                {
                    Source = antecedent.Source,
                    SourceActor = antecedent.SourceActor,
                    SourceType = antecedent.SourceType,
                    Via = antecedent.Via,
                    CueName = a.CueName + "+pronoun",
                };
            }
        }
    }

    // The last lone capitalised name no actor covers, within the paragraph before <paramref name="before"/>.
    private static string? LastNameBefore(AnnotatedDocument d, int before)
    {
        var paragraph = d.Article.Paragraphs.FirstOrDefault(p => p.Contains(before));
        var tokens = d.Tokens;
        for (var k = IndexOfToken(d, before) - 1; k >= 0 && tokens[k].Start >= paragraph.Start; k--)
        {
            var sentenceStart = d.Sentences.Any(s => s.Start == tokens[k].Start);
            var alone = (k == 0 || !char.IsUpper(d.Text[tokens[k - 1].Start])) && (k + 1 >= tokens.Count || !char.IsUpper(d.Text[tokens[k + 1].Start]));
            if (!sentenceStart && alone && IsPersonName(d, k, k + 1))
            {
                return d.Text[tokens[k].Start..tokens[k].End];
            }
        }

        return null;
    }

    private static Mention? OrganisationBefore(AnnotatedDocument d, AttributionSpan a)
    {
        var sentence = d.Sentences[a.Sentence];
        Mention? last = null;
        foreach (var m in d.Mentions)
        {
            if (m.Span.Start >= sentence.Start && m.Span.End <= a.SourceSpan.Start && m.Kind is ActorKind.Organisation or ActorKind.Media or ActorKind.Alliance)
            {
                last = m;
            }
        }

        return last;
    }

    // "the agency said" after "the NIS said", and "Lee said" after "Lee Seong-kweun told reporters": a definite
    // description or a bare surname takes the named source it refers back to.
    private static void ResolveDescriptions(AnnotatedDocument d, List<AttributionSpan> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            var known = a.SourceActor is not null && !a.SourceActor.StartsWith("unknown:", StringComparison.Ordinal);
            var definite = d.Text.AsSpan(a.SourceSpan.Start).StartsWith("the ", StringComparison.OrdinalIgnoreCase);
            if (known || (a.Source.Contains(' ', StringComparison.Ordinal) && !(definite && a.Source.Split(' ').Length <= 3)))
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
            AttributionSpan? antecedent = null;
            for (var j = k - 1; j >= 0 && antecedent is null; j--)
            {
                antecedent = same || RefersTo(a.Source, definite, found[j]) ? found[j] : null;
            }

            for (var j = d.Attributions.Count - 1; j >= 0 && antecedent is null && same; j--)
            {
                antecedent = Pronouns.Contains(d.Attributions[j].Source) ? null : d.Attributions[j];
            }

            for (var j = d.Attributions.Count - 1; j >= 0 && antecedent is null; j--)
            {
                antecedent = RefersTo(a.Source, definite, d.Attributions[j]) ? d.Attributions[j] : null;
            }

            if (antecedent is not null)
            {
                found[k] = a with
                {
                    Source = antecedent.Source,
                    SourceActor = antecedent.SourceActor,
                    SourceType = antecedent.SourceType,
                    CueName = a.CueName + "+coreference",
                };
            }
            else if (surname && PersonNamed(d, a.Source, a.SourceSpan.Start) is { } person)
            {
                var name = ActorLexicon.Default.TryGet(person.ActorId, out var actor) ? actor.Name : Clean(person.Text);
                found[k] = a with { Source = name, SourceActor = person.ActorId, CueName = a.CueName + "+coreference" };
            }
        }
    }

    // The last person named before <paramref name="before"/> whose name holds <paramref name="surname"/> as a word.
    private static Mention? PersonNamed(AnnotatedDocument d, string surname, int before)
    {
        for (var i = d.Mentions.Count - 1; i >= 0; i--)
        {
            var m = d.Mentions[i];
            if (m.Span.End > before || m.Kind != ActorKind.Person || m.Text == surname)
            {
                continue;
            }

            foreach (var word in m.Text.Split(' '))
            {
                if (word == surname)
                {
                    return m;
                }
            }
        }

        return null;
    }

    // "A spokesman said" after "Ukraine's General Staff rejected...": the spokesperson speaks for the body named last.
    private static void ResolveSpokespeople(AnnotatedDocument d, List<AttributionSpan> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            var words = a.Source.Split(' ');
            if (words.Length != 2 || words[0] is not ("A" or "a") || words[1] is not ("spokesman" or "spokeswoman" or "spokesperson"))
            {
                continue;
            }

            AttributionSpan? body = null;
            for (var j = k - 1; j >= 0 && body is null; j--)
            {
                body = SpeaksFor(found[j]) ? found[j] : null;
            }

            for (var j = d.Attributions.Count - 1; j >= 0 && body is null; j--)
            {
                body = SpeaksFor(d.Attributions[j]) ? d.Attributions[j] : null;
            }

            if (body is not null)
            {
                found[k] = a with { Source = body.Source, SourceActor = body.SourceActor, SourceType = body.SourceType, CueName = a.CueName + "+spokesperson" };
            }
        }

        static bool SpeaksFor(AttributionSpan candidate) =>
            candidate.SourceActor is { } id && ActorLexicon.Default.TryGet(id, out var actor) && actor.Kind is ActorKind.Organisation or ActorKind.State;
    }

    private static bool RefersTo(string description, bool definite, AttributionSpan candidate)
    {
        if (candidate.Source.Equals(description, StringComparison.OrdinalIgnoreCase) || !candidate.Source.Contains(' ', StringComparison.Ordinal) && candidate.SourceActor is null)
        {
            return false;
        }

        if (!definite)
        {
            // A surname is one of the words of a longer name.
            foreach (var word in candidate.Source.Split(' ', '-'))
            {
                if (word.Equals(description, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        var head = description[(description.LastIndexOf(' ') + 1)..];
        return candidate.Source.Contains(description, StringComparison.OrdinalIgnoreCase)
            || (head.Equals("agency", StringComparison.OrdinalIgnoreCase) && candidate.SourceType == SourceType.Intelligence)
            || (head is "military" or "army" && candidate.SourceType == SourceType.Military)
            || (head is "ministry" or "government" && candidate.SourceType == SourceType.Government && candidate.SourceActor is not null);
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
            foreach (var m in d.Mentions)
            {
                if (m.Span.Start >= d.Sentences[sentence].Start && m.Span.End <= a.SourceSpan.Start && m.Kind is ActorKind.Person or ActorKind.Unknown)
                {
                    person = m;
                }
            }

            if (person is not null)
            {
                found[k] = a with { Via = [person.Text], CueName = a.CueName + "+possessive" };
            }
        }
    }

    // Summary lists credit figures without a verb: "State Department: more than 10,000 sent" names its source
    // before a colon, "Killed: 17 (prosecutor general)" in a closing parenthesis. The label must name a body or
    // a kind of source, so that "Killed:" or "Verdict:" credit no one.
    private static void AddListLabel(AnnotatedDocument d, int sentence, int first, int end, List<AttributionSpan> found)
    {
        var tokens = d.Tokens;
        var span = d.Sentences[sentence];
        if (!d.Quantities.Exists(q => span.Contains(q.Span)))
        {
            return;
        }

        for (var k = first + 1; k < end && k - first <= 7; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            if (d.Text[tokens[k].Start] == ':' && k + 1 < end && d.Quantities.Exists(q => q.Span.Start >= tokens[k].End && span.Contains(q.Span)))
            {
                AddLabel(d, sentence, new Phrase(first, k, new TextSpan(tokens[first].Start, tokens[k - 1].End)), tokens[k], new TextSpan(tokens[k].End, span.End), "label", found);
            }

            break;
        }

        // "17 (prosecutor general)" at the end of the sentence.
        var close = end - 1;
        while (close > first && tokens[close].Kind == TokenKind.Punctuation && d.Text[tokens[close].Start] is '.' or ';')
        {
            close--;
        }

        if (found.Count > 0 || d.Text[tokens[close].Start] != ')')
        {
            return;
        }

        var open = close - 1;
        while (open > first && d.Text[tokens[open].Start] != '(' && close - open <= 7)
        {
            open--;
        }

        if (open > first && open + 1 < close && d.Text[tokens[open].Start] == '(' && d.Quantities.Exists(q => q.Span.End <= tokens[open].Start && span.Contains(q.Span)))
        {
            AddLabel(d, sentence, new Phrase(open + 1, close, new TextSpan(tokens[open + 1].Start, tokens[close - 1].End)), tokens[open], new TextSpan(span.Start, tokens[open].Start), "parenthetical", found);
        }
    }

    private static void AddLabel(AnnotatedDocument d, int sentence, Phrase label, Token cue, TextSpan scope, string name, List<AttributionSpan> found)
    {
        var words = WordsOf(d, label);
        var mentions = MentionsIn(d, label.Span);
        if ((mentions.Count == 0 && !SourceClassifier.HasSourceWord(words)) || !IsPlausibleSource(words, mentions))
        {
            return;
        }

        if (Make(d, sentence, new TextSpan(cue.Start, cue.End), new AttributionCue(AttributionRole.Self, null, name), label, scope) is { } attribution)
        {
            found.Add(attribution);
        }
    }

    // "The ambassador rejected the claims, telling the council they were lies": a participle after a comma shares
    // the subject of the verb before it.
    private static void ShareMainSubject(AnnotatedDocument d, int first, List<AttributionSpan> found)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var a = found[k];
            var cueWord = d.Text.AsSpan(a.Cue.Start, a.Cue.Length);
            var at = IndexOfToken(d, a.Cue.Start);
            if (!cueWord.EndsWith("ing", StringComparison.Ordinal) || at <= first || !IsComma(d, d.Tokens[at - 1]) || a.SourceSpan.Start > a.Cue.Start)
            {
                continue;
            }

            var main = found.FindLast(b => b.Cue.End <= a.Cue.Start && b.SourceSpan.Start < b.Cue.Start && !ReferenceEquals(a, b));
            if (main is not null)
            {
                found[k] = a with { Source = main.Source, SourceSpan = main.SourceSpan, SourceActor = main.SourceActor, SourceType = main.SourceType, Via = main.Via };
            }
        }
    }

    private static int IndexOfToken(AnnotatedDocument d, int offset)
    {
        var tokens = d.Tokens;
        var (lo, hi) = (0, tokens.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    // "Park said the agency had detected 1,500 workers" and "The NIS estimated that ..., the lawmaker said": a
    // statement reported inside someone else's words belongs to its own speaker, and the reporter is a via. A denial
    // keeps the denier ("X rejected figures cited by Y"), and a finding inside an "according to" credit is the
    // credited party's own work ("journalists identified 90,000 names, according to a tally by Y").
    private static void NestReportedSpeech(AnnotatedDocument d, int sentence, List<AttributionSpan> found)
    {
        if (found.Count < 2)
        {
            return;
        }

        var sentenceSpan = d.Sentences[sentence];
        for (var k = 0; k < found.Count; k++)
        {
            var inner = found[k];
            if (inner.CueName.StartsWith("self:", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var outer in found)
            {
                if (ReferenceEquals(outer, inner) || outer.Stance == Stance.Denied || outer.CueName.StartsWith("self:", StringComparison.Ordinal))
                {
                    continue;
                }

                var content = ContentOf(d, sentenceSpan, outer);
                if (!content.Contains(inner.Cue) || !content.Contains(inner.SourceSpan) || SameParty(inner, outer))
                {
                    continue;
                }

                if (IsCreditPreposition(outer.CueName) && FindingVerbs.Contains(inner.CueName))
                {
                    found.RemoveAt(k);
                    k--;
                    break;
                }

                // "the JCS said 20,000, up from 13,000 estimated by the agency": each stands in the other's words,
                // so neither reports the other.
                var back = ContentOf(d, sentenceSpan, inner);
                if (back.Contains(outer.Cue) && back.Contains(outer.SourceSpan))
                {
                    continue;
                }

                // "..., a revision that officials said reflected a second wave": a subject and its verb cover only
                // what follows the subject, not the figures before it.
                var start = Math.Max(inner.SourceSpan.Start < inner.Cue.Start ? inner.SourceSpan.Start : inner.Scope.Start, content.Start);
                var end = Math.Min(inner.Scope.End, content.End);
                found[k] = inner with
                {
                    Via = [outer.Source, .. outer.Via, .. inner.Via],
                    Scope = end > start ? new TextSpan(start, end) : content,
                    CueName = inner.CueName + "+nested",
                };
                break;
            }
        }
    }

    // "The NIS speaks of 12,000; the Pentagon says 11,000": a cue covers only its own clause between semicolons.
    private static void ClipToClauses(AnnotatedDocument d, int sentence, List<AttributionSpan> found)
    {
        if (d.Text.IndexOf(';', d.Sentences[sentence].Start, d.Sentences[sentence].Length) < 0)
        {
            return;
        }

        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            var clause = WithinClause(d.Text, d.Sentences[sentence], a.Cue.Start);
            var start = Math.Max(a.Scope.Start, clause.Start);
            var end = Math.Min(a.Scope.End, clause.End);
            if (end > start)
            {
                found[k] = a with { Scope = new TextSpan(start, end) };
            }
        }
    }

    // The reported words: after "X said", before "..., said X" or "..., according to X", after an opening "According to X,".
    private static TextSpan ContentOf(AnnotatedDocument d, TextSpan sentence, AttributionSpan a)
    {
        var opening = d.Text.AsSpan(sentence.Start, Math.Min(a.Cue.Start, a.SourceSpan.Start) - sentence.Start).Trim(" \t\r\n\"\u201C*_-\u2014".AsSpan()).IsEmpty;
        var last = Math.Max(a.Cue.End, a.SourceSpan.End);
        var closing = d.Text.AsSpan(last, sentence.End - last).Trim(" \t\r\n.,;:!?\"\u201D*_".AsSpan()).IsEmpty;
        var anchor = Math.Min(a.Cue.Start, a.SourceSpan.Start);
        if (a.SourceSpan.Start >= a.Cue.End)
        {
            return WithinClause(d.Text, opening ? new TextSpan(a.SourceSpan.End, sentence.End) : new TextSpan(sentence.Start, a.Cue.Start), anchor);
        }

        return WithinClause(d.Text, closing ? new TextSpan(sentence.Start, a.SourceSpan.Start) : new TextSpan(a.Cue.End, sentence.End), anchor);
    }

    // Clips the span to the clause between semicolons around <paramref name="anchor"/>: "X says 12,000; Y says 11,000".
    private static TextSpan WithinClause(string text, TextSpan span, int anchor)
    {
        var (start, end) = (span.Start, span.End);
        var at = Math.Clamp(anchor, start, end);
        var before = at > start ? text.LastIndexOf(';', at - 1, at - start) : -1;
        var after = at < end ? text.IndexOf(';', at, end - at) : -1;
        start = before >= 0 ? before + 1 : start;
        end = after >= 0 ? after : end;
        return new TextSpan(start, Math.Max(start, end));
    }

    private static bool SameParty(AttributionSpan a, AttributionSpan b) =>
        a.Source.Equals(b.Source, StringComparison.OrdinalIgnoreCase) || (a.SourceActor is not null && a.SourceActor == b.SourceActor);

    private static bool IsCreditPreposition(string cueName) => cueName.StartsWith("according-to", StringComparison.Ordinal) || cueName.StartsWith("based-on", StringComparison.Ordinal);

    // Walks back from the verb over auxiliaries and adverbs, then collects the subject up to a clause boundary.
    // An appositive (", a spokesman for the ministry,") is skipped to reach the name before it.
    private static bool SubjectBefore(AnnotatedDocument d, int first, int verb, out Phrase subject)
    {
        subject = default;
        var tokens = d.Tokens;
        var end = verb;
        while (end > first && tokens[end - 1].Kind == TokenKind.Word
            && (SkipLookup.Contains(tokens[end - 1].Chars(d.Text)) || NegatorLookup.Contains(tokens[end - 1].Chars(d.Text)) || AuxiliaryLookup.Contains(tokens[end - 1].Chars(d.Text))))
        {
            end--;
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
                while (nameStart > first && !IsBoundary(d, tokens[nameStart - 1]) && nameEnd - nameStart < MaxSourceWords)
                {
                    nameStart--;
                }

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

                if (nameEnd > nameStart && char.IsUpper(d.Text[tokens[nameStart].Start]))
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
        // ("dismissed Western estimates that").
        var stopAtVerbs = !(Cues.TryMatch(d.Text, tokens, verb, tokens.Count, out var own) && AmbiguousVerbs.Contains(own.Value.Name));
        var start = end;
        while (start > first && !IsBoundary(d, tokens[start - 1]) && end - start < MaxSourceWords && !(stopAtVerbs && IsSpeechVerb(d, start - 1, end)))
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
        end = TrimTime(d, start, end);

        // "Moscow has neither (confirmed)": an auxiliary inside the phrase ends the subject.
        for (var k = start + 1; k < end; k++)
        {
            if (InnerVerbLookup.Contains(tokens[k].Chars(d.Text)))
            {
                end = k;
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

        if (start == end)
        {
            return false;
        }

        // Subjects open with a determiner, a capital, or a pronoun; a fragment mid-clause is not one.
        subject = new Phrase(start, end, new TextSpan(tokens[start].Start, tokens[end - 1].End));
        return !IsQuantityOnly(d, subject);
    }

    private static bool IsSpeechVerb(AnnotatedDocument d, int index, int limit) =>
        d.Tokens[index].Kind == TokenKind.Word && !char.IsUpper(d.Text[d.Tokens[index].Start])
        && Cues.TryMatch(d.Text, d.Tokens, index, limit, out var match) && match.Value.Role == AttributionRole.Verb
        && !AmbiguousVerbs.Contains(match.Value.Name) && match.Value.Name != "verb:put-at";

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
            var word = d.Text[d.Tokens[start].Start..d.Tokens[start].End];
            var wordSpan = new TextSpan(d.Tokens[start].Start, d.Tokens[start].End);
            return d.Tokens[start].Kind == TokenKind.Word && char.IsUpper(word[0]) && word.Length > 2 && !word.All(char.IsUpper)
                && !NotNames.Contains(word) && !Pronouns.Contains(word) && !d.Mentions.Exists(m => m.Span.Overlaps(wordSpan));
        }

        for (var k = start; k < end; k++)
        {
            if (d.Tokens[k].Kind != TokenKind.Word || !char.IsUpper(d.Text[d.Tokens[k].Start]))
            {
                return false;
            }
        }

        var span = new TextSpan(d.Tokens[start].Start, d.Tokens[end - 1].End);
        foreach (var m in d.Mentions)
        {
            if (span.Overlaps(m.Span))
            {
                return m.Kind is ActorKind.Person or ActorKind.Unknown;
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

    // Cuts the phrase [start, end) before the first time expression inside it, with its preposition.
    private static int TrimTime(AnnotatedDocument d, int start, int end)
    {
        if (start >= end)
        {
            return end;
        }

        var tokens = d.Tokens;
        foreach (var time in d.Times)
        {
            if (time.Span.Start > tokens[start].Start && time.Span.Start < tokens[end - 1].End)
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

    private static bool PhraseAfter(AnnotatedDocument d, int start, int end, out Phrase phrase)
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

        // "estimates by the NIS had put the deployment at...": the source phrase ends before its own verb.
        for (var k = start + 1; k < stop; k++)
        {
            if (InnerVerbLookup.Contains(tokens[k].Chars(d.Text)))
            {
                stop = k;
                break;
            }
        }

        stop = TrimTime(d, start, stop);
        if (stop == start)
        {
            return false;
        }

        phrase = new Phrase(start, stop, new TextSpan(tokens[start].Start, tokens[stop - 1].End));
        return true;
    }

    // "media reports" in "emerging media reports indicate" takes its modifiers; "eyewitness accounts and South
    // Korea's own intelligence assessments" keeps its coordinated partner.
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

    private static TextSpan ScopeOf(AnnotatedDocument d, int sentence, int first, int end, PhraseLexicon<AttributionCue>.Match match, Phrase source)
    {
        var tokens = d.Tokens;
        var sentenceSpan = d.Sentences[sentence];
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

    private static List<Mention> MentionsIn(AnnotatedDocument d, TextSpan span)
    {
        var result = new List<Mention>();
        foreach (var m in d.Mentions)
        {
            if (span.Contains(m.Span))
            {
                result.Add(m);
            }
        }

        return result;
    }

    private static List<string> WordsOf(AnnotatedDocument d, Phrase p)
    {
        var words = new List<string>(p.End - p.First);
        for (var i = p.First; i < p.End; i++)
        {
            words.Add(d.Text[d.Tokens[i].Start..d.Tokens[i].End]);
        }

        return words;
    }

    // Prefer the organisation or person the phrase names over the state it belongs to.
    private static string? ActorOf(List<Mention> mentions, SourceType type)
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
        var s = phrase.Trim().Trim('*', '_', '"', '\u201C', '\u201D', ',', '.', ' ');
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        return s;
    }

    private readonly record struct Phrase(int First, int End, TextSpan Span);
}
