using System.Collections.Frozen;
using System.Runtime.InteropServices;
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
public sealed partial class AttributionAnnotator : IAnnotator
{
    private const int MaxSourceWords = 14;

    // Declared before Cues, whose loading reads it.
    private static readonly FrozenSet<string> AmbiguousVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "verb:estimate", "verb:estimates", "verb:claims", "verb:assess", "verb:believe", "verb:say", "verb:deny", "verb:suggest", "verb:indicate");

    // Verbs that open a refusal cue ("declined to confirm") and words of inability ("could not confirm", "was unable
    // to verify"): the cue is read negated, as "did not confirm" is. Declared before Cues, whose loading reads them.
    private static readonly FrozenSet<string> Refusals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "declined", "declines", "refused", "refuses");

    private static readonly FrozenSet<string> Inabilities = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "not", "cannot", "can't", "couldn't", "unable");

    private static readonly PhraseLexicon<AttributionCue> Cues = PhraseLexicon.Load("attribution-cues.tsv", static f =>
        new AttributionCue(
            Enum.Parse<AttributionRole>(f[1], ignoreCase: true),
            f[2] == "-" ? null : Enum.Parse<Stance>(f[2], ignoreCase: true),
            f[3])
        {
            IsAmbiguousVerb = AmbiguousVerbs.Contains(f[3]),
            Withholds = Withholding(f[0]),
            NeedsScorn = f[3].EndsWith("-scorned", StringComparison.Ordinal),
        });

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

    private static readonly WordSet NegatorLookup = new(Negators);


    // Before a noun these words make "estimate" or "claims" a noun: "its public estimate", "the claims".
    private static readonly FrozenSet<string> NounMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "its", "their", "his", "her", "the", "a", "an", "our", "my", "your", "own", "public", "latest", "new", "official", "previous",
        "initial", "revised", "updated", "first", "earlier", "conservative", "higher", "lower", "same", "these", "those", "such", "this", "that");

    private static readonly WordSet NounMarkerLookup = new(NounMarkers);

    // The cue words that are also nouns.
    private static readonly FrozenSet<string> NounForms = FrozenSet.Create(StringComparer.Ordinal, "verb:estimate", "verb:estimates", "verb:claims");

    // Words after which a verb form such as "estimate" or "claims" is a noun: a verb of the noun's own, or a
    // preposition attaching to it ("the estimate of", "claims from").
    private static readonly FrozenSet<string> AfterNouns = FrozenSet.Create(StringComparer.Ordinal,
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "may", "might", "can", "should", "must",
        "of", "from", "for", "by");

    private static readonly WordSet AfterNounLookup = new(AfterNouns);

    // Words before a participle that make it an adjective: a determiner ("the reported toll") or a preposition
    // ("the number of confirmed deaths").
    private static readonly FrozenSet<string> AttributiveMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "our", "all", "any", "no", "of", "with", "among");

    private static readonly WordSet AttributiveMarkerLookup = new(AttributiveMarkers);

    // Words that open a phrase of their own rather than being a noun: after "only", a participle followed by one of
    // these is a verb ("only confirmed the deaths", "only confirmed that").
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "that", "this", "these", "those", "its", "their", "his", "her", "our", "to", "by", "in", "on", "at",
        "for", "of", "with", "as", "and", "or", "but", "it", "they", "he", "she", "we", "them", "him", "what", "how", "whether",
        "who", "when", "where", "why", "some", "any", "no", "all", "several", "many", "about", "only", "more", "fewer", "up");

    private static readonly WordSet FunctionWordLookup = new(FunctionWords);

    // Subject pronouns, which stand alone before their verb: "the images it said showed".
    private static readonly WordSet PersonalPronounLookup = new(FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "he", "she", "it", "they", "we", "i"));

    // Words that stand for part of a group named before them: "some ..., and others saying".
    private static readonly WordSet PartitiveLookup = new(FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "some", "others", "many", "most", "several", "few"));

    // How many sentences back "he" or "she" looks for a credited person.
    private const int PersonReach = 5;

    private static readonly WordSet HeadStopLookup = new(FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "of", "for", "in", "at", "from", "with", "on", "who"));

    // Singular nouns that name a person by role: the head of a source "he" or "she" can refer to.
    private static readonly WordSet PersonHeadLookup = new(FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "spokesman", "spokeswoman", "spokesperson", "official", "analyst", "commander", "officer", "diplomat", "lawmaker", "legislator",
        "senator", "adviser", "advisor", "minister", "president", "secretary", "general", "chief", "head", "director", "governor",
        "mayor", "ambassador", "envoy", "expert", "researcher", "professor", "scholar", "fellow", "journalist", "reporter",
        "correspondent", "columnist", "editor", "writer", "blogger", "leader", "premier", "chancellor", "prosecutor", "member",
        "representative", "aide", "source", "resident", "witness", "eyewitness", "soldier", "veteran", "doctor", "nurse", "volunteer",
        "manager", "worker", "commentator", "observer", "specialist", "academic", "deputy", "man", "woman", "insider", "defector"));

    // Time phrases that name no date, so that the time annotator does not mark them: "researchers at the time said".
    private static readonly string[][] UndatedTimes =
    [
        ["at", "the", "time"], ["at", "that", "time"], ["at", "the", "moment"], ["at", "the", "weekend"], ["at", "the", "outset"],
        ["at", "first"], ["at", "present"], ["in", "turn"],
    ];

    private static readonly FrozenSet<string> TimePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "on", "in", "at", "last", "earlier", "this", "late", "early");

    private static readonly WordSet TimePrepositionLookup = new(TimePrepositions);

    private static readonly FrozenSet<string> AuxiliariesOfNegation = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "did", "does", "do");

    private static readonly WordSet AuxiliaryLookup = new(AuxiliariesOfNegation);

    private static readonly WordSet SkipLookup = new(SkipBeforeVerb);

    private static readonly WordSet ClauseStopLookup = new(ClauseStops);

    private static readonly FrozenSet<string> OpeningPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "during", "after", "before", "for", "with", "speaking", "asked", "writing", "under", "from", "since", "by");

    private static readonly WordSet OpeningPrepositionLookup = new(OpeningPrepositions);

    private static readonly FrozenSet<string> RoleNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts", "commander", "officer",
        "officers", "member", "members", "source", "sources", "diplomat", "diplomats", "lawmaker", "lawmakers", "adviser", "advisor",
        "minister");

    private static readonly WordSet RoleNounLookup = new(RoleNouns);

    private static readonly FrozenSet<string> InnerVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "may", "might", "likely", "also");

    private static readonly WordSet InnerVerbLookup = new(InnerVerbs);

    private static readonly FrozenSet<string> NotInSources = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "was", "were", "are", "be", "being", "cannot", "can", "could", "would", "will", "took", "take", "did", "do", "does",
        "nothing", "made", "gave", "step", "there", "here", "later", "ago", "when", "it's", "its");

    private static readonly WordSet NotInSourceLookup = new(NotInSources);

    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.Ordinal,
        "The", "A", "An", "In", "On", "At", "This", "That", "These", "Those", "Each", "Every", "Some", "Two", "Three", "One", "Hours",
        "Days", "Weeks", "Later", "Earlier", "Meanwhile", "But", "And", "Yet", "Still", "However", "Also", "Now", "Then");

    private static readonly WordSet NotNameLookup = new(NotNames);

    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "they", "it", "we", "i", "this", "these", "those");

    private static readonly WordSet PronounLookup = new(Pronouns);

    // Nouns that name figures rather than who gave them: "the latest toll from the governor".
    private static readonly FrozenSet<string> FigureNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "toll", "tolls", "figure", "figures", "count", "counts", "tally", "tallies", "number", "numbers", "estimate", "estimates", "data", "update", "updates");

    private static readonly WordSet FigureNounLookup = new(FigureNouns);

    // Nouns that name a document rather than who wrote it: "the statement", "the text released by ...".
    private static readonly WordSet DocumentNounLookup = new(FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "statement", "statements", "report", "reports", "text", "document", "documents", "communique", "communiqu\u00E9",
        "announcement", "readout", "transcript", "release", "letter", "declaration", "memo", "memorandum", "filing", "cable", "notice"));

    // Nouns a reduced relative clause describes: ", a claim Kyiv rejected", ", a number analysts believe ...".
    private static readonly FrozenSet<string> RelativeHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "claim", "number", "figure", "toll", "estimate", "tally", "count", "total", "assertion", "allegation", "charge", "accusation");

    private static readonly WordSet RelativeHeadLookup = new(RelativeHeads);

    // Person titles a later definite description repeats, with the short forms written before names.
    private static readonly FrozenDictionary<string, string[]> PersonTitles = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["lawmaker"] = ["lawmaker", "legislator", "Rep.", "Sen.", "MP", "senator", "congressman", "congresswoman", "assemblyman", "assemblywoman"],
        ["legislator"] = ["lawmaker", "legislator", "Rep.", "Sen.", "MP", "senator", "congressman", "congresswoman"],
        ["senator"] = ["senator", "Sen."],
        ["governor"] = ["governor", "Gov."],
        ["mayor"] = ["mayor"],
        ["ambassador"] = ["ambassador"],
        ["envoy"] = ["envoy", "ambassador"],
        ["minister"] = ["minister"],
        ["spokesman"] = ["spokesman", "spokesperson"],
        ["spokeswoman"] = ["spokeswoman", "spokesperson"],
        ["spokesperson"] = ["spokesperson", "spokesman", "spokeswoman"],
        ["general"] = ["general", "Gen."],
        ["commander"] = ["commander"],
        ["prosecutor"] = ["prosecutor"],
        ["president"] = ["president", "Pres."],
        ["chancellor"] = ["chancellor"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> PersonTitleLookup = PersonTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs of finding rather than saying: "identified", "counted".
    private static readonly FrozenSet<string> FindingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "verb:identified", "verb:counted", "verb:tracked", "verb:recorded", "verb:documented", "verb:detected", "verb:showed");

    /// <summary>The words an attribution cue can start with, for <see cref="WordClasses"/>.</summary>
    internal static IEnumerable<string> CueFirstWords => Cues.FirstWords;

    /// <inheritdoc/>
    public string Name => "attributions";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var classes = document.TokenClasses;
        var found = new List<AttributionSpan>();
        var earlier = document.Attributions;
        var at = default(FirstIndexes);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            at = at.MovedTo(document, document.Sentences[s]);
            var range = document.SentenceTokens(s);
            var (first, end) = (range.Start.Value, range.End.Value);
            found.Clear();
            string? writingVia = null;
            (int Index, int End, TextSpan CitedSpan)? citing = null;
            for (var i = first; i < end; i++)
            {
                if ((classes[i] & WordClass.AttributionCue) == 0 || !Cues.TryMatch(document.Text, tokens, i, end, out var match))
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
                        if (cue.Name == "verb:put-at" && !HasWordAhead(document, match.End, Math.Min(end, match.End + 8), "at") && !PutsInRange(document, match.End, Math.Min(end, match.End + 8)))
                        {
                            break;
                        }

                        // "described reports of the deployment as fake" denies; "described the reports as credible" does not.
                        if (cue.NeedsScorn && !ScornAhead(document, match.End, end))
                        {
                            break;
                        }

                        // "has been put at", "was estimated": a passive verb's subject is what was said, not who said it.
                        if (match.First > first && IsPassive(document, first, match.First))
                        {
                            break;
                        }

                        // "its public estimate" is a noun, not a verb.
                        if (cue.IsAmbiguousVerb && match.First > first && NounMarkerLookup.Contains(tokens[match.First - 1].Chars(document.Text)))
                        {
                            break;
                        }

                        // "the U.S. estimate differed", "claims from frontline units": a verb of its own or a
                        // preposition right after it makes the word a noun.
                        if (NounForms.Contains(cue.Name) && match.End < end && FollowsNoun(document, tokens[match.End]))
                        {
                            break;
                        }

                        // "counts only confirmed losses", "an estimated 10,000 troops": a participle before its noun
                        // describes the noun; nobody is credited.
                        if (IsAttributiveParticiple(document, first, match.First, match.End, end))
                        {
                            break;
                        }

                        // "The Kremlin has declined to confirm the deployment", "It could not confirm reports": a refusal
                        // or an inability negates what follows it.
                        var negated = IsNegated(document, first, match.First) || cue.Withholds;
                        if (negated && cue.Stance is null or Stance.Reported)
                        {
                            // "The report did not say how many": nothing is credited.
                            break;
                        }

                        if (SubjectBefore(document, at, first, match.First, out var subject) || ObjectAfterClosingVerb(document, match.End, end, out subject))
                        {
                            // "Neither Moscow nor Pyongyang has acknowledged", "No official confirmed": a negative
                            // subject negates the verb for each of the parties it names.
                            if (NegativeOpening(document, subject) is var opening and > 0)
                            {
                                if (cue.Stance is null or Stance.Reported || opening >= subject.End - subject.First)
                                {
                                    break;
                                }

                                negated = true;
                                subject = new Phrase(subject.First + opening, subject.End, new TextSpan(tokens[subject.First + opening].Start, subject.Span.End));
                            }

                            // "Reuters could not verify the videos": an outlet that withholds disclaims what others
                            // said; it states nothing of its own.
                            if (Make(document, s, at, cueSpan, cue, subject, ScopeOf(document, s, first, end, match, subject)) is { } attribution
                                && !(cue.Withholds && attribution.SourceType == SourceType.Media))
                            {
                                found.Add(negated ? attribution with { Stance = null, CueName = Suffixed("not:", attribution.CueName), Unconfirmed = cue.Stance == Stance.Confirmed } : attribution);
                            }
                        }

                        break;
                    case AttributionRole.Prep:
                        if (PhraseAfter(document, at, match.End, end, out var after))
                        {
                            // "some 13,000 estimated by the spy agency": an agent after the figure covers only its clause.
                            var scope = cue.Name.EndsWith("-by", StringComparison.Ordinal) ? ClauseBefore(document, first, match.First) : document.Sentences[s];
                            if (Make(document, s, at, cueSpan, cue, after, scope, lenient: true) is { } attribution)
                            {
                                found.Add(attribution);
                                i = after.End - 1;
                            }
                        }

                        break;
                    case AttributionRole.Citing:
                        if (PhraseAfter(document, at, match.End, end, out var cited))
                        {
                            citing = (match.First, cited.End, cited.Span);
                            i = cited.End - 1;
                        }

                        break;
                    case AttributionRole.Writing:
                        if (PhraseAfter(document, at, match.End, end, out var outlet))
                        {
                            writingVia = LastCapitalised(document, outlet) ?? Clean(SpanText(document, outlet.Span));
                            i = outlet.End - 1;
                        }

                        break;
                    case AttributionRole.Self:
                        if (!HoldsSpan(found, cueSpan))
                        {
                            var self = new Phrase(match.First, match.End, ExtendSelf(document, match, end));
                            if (Make(document, s, at, cueSpan, cue, self, AfterCue(document, s, match, end)) is { } attribution)
                            {
                                found.Add(attribution);
                            }
                        }

                        break;
                }
            }

            if (found.Count == 0)
            {
                AddListLabel(document, s, first, end, at, found);
            }

            // Both removals need two attributions, one of them self-naming; most sentences have none or one, and the
            // lambdas cost a delegate each.
            if (found.Count > 1 && HasSelfCue(found))
            {
                RemoveHeldSelfCues(found);
            }

            // Before the fold, which may move a clause's source onto the party it cites.
            SplitTrailingClauses(document, s, found);
            if (citing is { } c)
            {
                Fold(document, s, at, first, found, c);
            }

            if (writingVia is not null && found.Count > 0)
            {
                found[0] = found[0] with { Via = [writingVia, .. found[0].Via] };
            }

            ShareMainSubject(document, first, found);
            ResolveDescriptions(document, earlier, found);
            ResolveSpokespeople(document, earlier, found);
            ResolvePronouns(document, earlier, found);
            AddViaFromPossessive(document, s, found);
            NestReportedSpeech(document, s, found);
            ClipToClauses(document, s, found);
            AddPossessiveFigures(document, s, first, at, earlier, found);
            foreach (var a in found)
            {
                earlier.Add(a);
            }
        }
    }

    // Whether a cue phrase withholds: it opens with a refusal or holds a word of inability.
    private static bool Withholding(string phrase)
    {
        var words = phrase.Split(' ');
        if (Refusals.Contains(words[0]))
        {
            return true;
        }

        foreach (var w in words)
        {
            if (Inabilities.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSelfCue(List<AttributionSpan> found)
    {
        foreach (var a in found)
        {
            if (a.CueName.StartsWith("self:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Kept apart from Annotate so that its loop does not read the list through the lambdas' closure.
    private static void RemoveHeldSelfCues(List<AttributionSpan> found)
    {
        // "called reports that ... propaganda": a verb cue that takes the reports as its object holds them.
        found.RemoveAll(a => a.CueName.StartsWith("self:", StringComparison.Ordinal)
            && found.Exists(b => !ReferenceEquals(a, b) && !b.CueName.StartsWith("self:", StringComparison.Ordinal) && b.Cue.Overlaps(a.Cue)));

        // "emerging media reports indicate": the verb's subject already holds the self-naming cue.
        found.RemoveAll(a => a.CueName.StartsWith("self:", StringComparison.Ordinal)
            && found.Exists(b => !ReferenceEquals(a, b) && b.SourceSpan.Contains(a.SourceSpan) && b.SourceSpan != a.SourceSpan));
    }

    // A loop, not List.Exists: a lambda capturing the cue would allocate its closure for every token of the sentence.
    private static bool HoldsSpan(List<AttributionSpan> found, TextSpan span)
    {
        foreach (var f in found)
        {
            if (f.SourceSpan.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    // Null when the phrase cannot name a source ("Each step was", "Two", "cannot be").
    // With <paramref name="lenient"/> ("according to X") whatever follows the cue names the source.
    private static AttributionSpan? Make(AnnotatedDocument d, int sentence, FirstIndexes at, TextSpan cue, AttributionCue entry, Phrase source, TextSpan scope, bool lenient = false)
    {
        // "the text released a day later by North Korean state media": a document is credited to whoever issued it.
        var cueName = entry.Name;
        if (IssuerOf(d, at, source) is { } issuer)
        {
            source = issuer;
            cueName = Suffixed(cueName, "+issuer");
        }

        var mentions = MentionsIn(d, source.Span, at.Mention);
        var words = WordsOf(d, source);
        if (!lenient && !IsPlausibleSource(words, mentions) && !(source.End - source.First == 1 && IsPersonName(d, source.First, source.End)))
        {
            return null;
        }

        var type = SourceClassifier.Classify(words, mentions);
        var (name, actor) = Canonical(CleanSpan(SpanText(d, source.Span)), words, mentions, type);
        if (HasCoordinator(words))
        {
            // "Russia and North Korea", "Moscow nor Pyongyang" (after "Neither"): each party, not the first, is the
            // source; the name reads as a plain coordination.
            actor = JointActor(d, source, mentions, type) ?? actor;
            name = HasWord(name, "nor") ? name.Replace(" nor ", " and ", StringComparison.Ordinal) : name;
        }

        // A person known by name alone ("Gerasimov said") has the kind of authority the lexicon gives them.
        if (actor is not null && ActorLexicon.Default.TryGet(actor, out var known) && known.Kind == ActorKind.Person
            && known.SourceType is { } lexiconType && name == known.Name && !SourceClassifier.HasKindWord(words))
        {
            type = lexiconType;
        }

        // "local authorities had reported 17 killed" is their own statement; only media pass a report on.
        var stance = entry.Name == "verb:reported" && type is not SourceType.Media ? null : entry.Stance;
        return new AttributionSpan(sentence, cue, cueName, name, source.Span, actor, type, [], stance, scope);
    }

    // "UN Human Rights Monitoring Mission" names a body inside the UN: two or more capitalised words that the
    // actor's own mention does not cover mean the phrase is more specific than the actor, so it stays as written.
    private static bool HasUnnamedCapitals(PhraseWords words, ReadOnlySpan<Mention> mentions, Mention actor)
    {
        var uncovered = 0;
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i];
            if (!char.IsUpper(w[0]) || HasWord(actor.Text, w) || NotNameLookup.Contains(w) || AnyMentionHolds(mentions, w))
            {
                continue;
            }

            uncovered++;
        }

        return uncovered >= 2;
    }

    private static bool AnyMentionHolds(ReadOnlySpan<Mention> mentions, ReadOnlySpan<char> word)
    {
        foreach (var m in mentions)
        {
            if (m.Text.AsSpan().Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Whether <paramref name="word"/> is one of the words between spaces of <paramref name="text"/>, compared
    // ordinally: a walk in place where splitting the text would allocate its words.
    private static bool HasWord(string text, ReadOnlySpan<char> word)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var cut = rest.IndexOf(' ');
            if ((cut < 0 ? rest : rest[..cut]).SequenceEqual(word))
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

    // A lone name ("..., said Larysa, 52.") passes as a person when no actor mention covers it; see IsPersonName.
    private static bool HoldsHead(PhraseWords words, Mention actor)
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
                return actor.Text.AsSpan().Contains(words[i], StringComparison.Ordinal);
            }
        }

        return true;
    }

    private static bool IsPlausibleSource(PhraseWords words, ReadOnlySpan<Mention> mentions)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (NotInSourceLookup.Contains(words[i]))
            {
                return false;
            }
        }

        if (words.Count == 1 && PronounLookup.Contains(words[0]))
        {
            return true;
        }

        // "the South Korean claims": a phrase that ends in a demonym lacks its noun, which is the word taken for a verb.
        if (mentions.Length > 0 && EndsInDemonym(words, mentions[^1]))
        {
            return false;
        }

        if (mentions.Length > 0 || SourceClassifier.HasSourceWord(words))
        {
            return true;
        }

        // "The mission said", "the market's manager said": a short definite description names someone.
        if (words.Count is >= 2 and <= 4 && words[0] is "the" or "The" && AllStartWithLetters(words))
        {
            return true;
        }

        // A name the lexicon does not know: two capitalised words, or one after the first ("Sabrina Singh", "Vesti Review").
        var capitals = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (char.IsUpper(words[i][0]) && !NotNameLookup.Contains(words[i]))
            {
                capitals++;
            }
        }

        return capitals >= 2 || (capitals == 1 && words.Count > 1 && !char.IsUpper(words[0][0]));
    }

    // Whether the last word is the end of a singular demonym ("South Korean", not "South Koreans").
    private static bool EndsInDemonym(PhraseWords words, Mention last) =>
        last.Cue.StartsWith("demonym:", StringComparison.Ordinal) && last.Cue.AsSpan("demonym:".Length).SequenceEqual(last.Text)
        && last.Text.AsSpan().EndsWith(words[words.Count - 1], StringComparison.Ordinal);

    private static bool AllStartWithLetters(PhraseWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsLetter(words[i][0]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasCoordinator(PhraseWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "and" or "or" or "nor")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRoleNoun(PhraseWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (RoleNounLookup.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    // A phrase that names one organisation or person ("South Korea's spy agency", "Kremlin spokesman Dmitry Peskov")
    // takes that actor's canonical name, so that every way of writing it counts as one source.
    // The phrase as written is made a string only where it is the name returned (see NameOf).
    private static (string Name, string? Actor) Canonical(ReadOnlySpan<char> text, PhraseWords words, ReadOnlySpan<Mention> mentions, SourceType type)
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
                return (NameOf(text), ActorOf(mentions, type));
            }

            single = m;
        }

        if (single is null || HasCoordinator(words) || type == SourceType.Anonymous || HasUnnamedCapitals(words, mentions, single))
        {
            return (NameOf(text), ActorOf(mentions, type));
        }

        // "Two residents of Druzhkivka" are not Druzhkivka: the actor must hold the phrase's head (its last word
        // before "of", "for", "in"...), else the phrase stays as written.
        if (!HoldsHead(words, single))
        {
            return (NameOf(text), single.ActorId);
        }

        // "a JCS official" speaks for the JCS but is not the JCS: the phrase stays, the actor is recorded.
        if (single.Kind != ActorKind.Person && HasRoleNoun(words))
        {
            return (NameOf(text), single.ActorId);
        }

        if (ActorLexicon.Default.TryGet(single.ActorId, out var actor))
        {
            return (actor.Name, actor.Id);
        }

        return (Clean(single.Text), single.ActorId);
    }

    // The attribution a "citing" belongs to: the one whose subject or cue stands nearest before it ("..., when South
    // Korean media, citing an official, said ..." cites for the media, not for an earlier speaker); the first when
    // none stands before it.
    private static int Citer(List<AttributionSpan> found, int citing)
    {
        var (host, nearest) = (0, -1);
        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            var at = a.SourceSpan.End <= citing ? a.SourceSpan.End : a.Cue.End <= citing ? a.Cue.End : -1;
            if (at > nearest)
            {
                (host, nearest) = (k, at);
            }
        }

        return host;
    }

    // "Yonhap, citing the NIS, reported" and "officials said, citing intelligence": the cited phrase becomes the
    // source and the citer a via; with no citer in sight, the cited phrase stands alone.
    private static void Fold(AnnotatedDocument d, int sentence, FirstIndexes at, int first, List<AttributionSpan> found, (int Index, int End, TextSpan CitedSpan) c)
    {
        var mentions = MentionsIn(d, c.CitedSpan, at.Mention);
        var words = WordsOf(d, new Phrase(c.Index + 1, c.End, c.CitedSpan));

        var type = SourceClassifier.Classify(words, mentions);
        var citedText = Clean(SpanText(d, c.CitedSpan));
        var citingCue = new TextSpan(d.Tokens[c.Index].Start, d.Tokens[c.Index].End);
        if (found.Count > 0)
        {
            var host = Citer(found, citingCue.Start);
            var main = found[host];
            found[host] = main with
            {
                Source = citedText,
                SourceSpan = c.CitedSpan,
                SourceActor = ActorOf(mentions, type),
                SourceType = type,
                Via = [main.Source, .. main.Via],
                CueName = Suffixed(main.CueName, "+citing"),
            };
            return;
        }

        // A citer before the cue with no verb of its own: "Yonhap, citing the NIS."
        var via = new List<string>();
        if (c.Index > first && SubjectBefore(d, at, first, c.Index, out var citer))
        {
            via.Add(Clean(SpanText(d, citer.Span)));
        }

        found.Add(new AttributionSpan(sentence, citingCue, "citing", citedText, c.CitedSpan, ActorOf(mentions, type), type, via, null, d.Sentences[sentence]));
    }
}
