using System.Collections.Frozen;
using System.Globalization;
using Assay.Core.Claims;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Attributions;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Hedges;

/// <summary>Finds hedges (seemingly, likely, may, possibility), stance cues (denied, confirmed, debunked,
/// "did not stand up to scrutiny") and the negations that reverse them.</summary>
/// <remarks>A negation up to three words before a cue ("not likely", "did not confirm") turns its certainty c into
/// 1 - c and drops its stance; a negated confirmation becomes an unconfirmed report (0.5).</remarks>
public sealed class HedgeAnnotator : IAnnotator
{
    private const int NegationWindow = 3;

    private static readonly PhraseLexicon<HedgeCue> Cues = PhraseLexicon.Load("hedges.tsv", static f =>
        new HedgeCue(
            f[1] == "-" ? null : double.Parse(f[1], CultureInfo.InvariantCulture),
            f[2] == "-" ? null : Enum.Parse<Stance>(f[2], ignoreCase: true),
            f[3]));

    private static readonly FrozenSet<string> Negators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "no", "never", "didn't", "don't", "doesn't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't",
        "cannot", "can't", "won't", "nor", "neither", "didn\u2019t", "doesn\u2019t", "hasn\u2019t", "haven\u2019t", "isn\u2019t", "wasn\u2019t");

    private static readonly WordSet NegatorLookup = new(Negators);

    // Words that name whose figure follows: "its", "their", "our".
    private static readonly WordSet OwnerLookup = new(["its", "their", "his", "her", "our", "my"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The words a hedge or stance cue can start with, for <see cref="WordClasses"/>.</summary>
    internal static IEnumerable<string> CueFirstWords => Cues.FirstWords;

    /// <inheritdoc/>
    public string Name => "hedges";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Tokens;
        var classes = document.TokenClasses;
        var text = document.Text;
        var attributions = document.Attributions;
        var firstAttribution = 0;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            while (firstAttribution < attributions.Count && attributions[firstAttribution].Sentence < s)
            {
                firstAttribution++;
            }

            var range = document.SentenceTokens(s);
            var (first, end) = (range.Start.Value, range.End.Value);
            for (var i = first; i < end; i++)
            {
                if ((classes[i] & WordClass.HedgeCue) == 0 || !Cues.TryMatch(text, tokens, i, end, out var match))
                {
                    continue;
                }

                // "May" capitalised inside a sentence is the month.
                if (match.Value.Name == "hedge:may" && i > first && char.IsUpper(text[tokens[i].Start]))
                {
                    continue;
                }

                var span = new TextSpan(tokens[match.First].Start, tokens[match.End - 1].End);
                var cue = match.Value;

                // "counts only confirmed losses", "the number of verified deaths": a participle before its noun
                // describes the thing counted; it is no one's stance on the claim. A word of scorn ("the so-called
                // dispatch") stands before its noun to deny it.
                if (cue.Stance is not null && !cue.Name.StartsWith("scorn:", StringComparison.Ordinal) && AttributionAnnotator.IsAttributiveParticiple(document, first, match.First, match.End, end))
                {
                    i = match.End - 1;
                    continue;
                }

                // "The town lies about 20 km from the front": a number after "lies about" places something.
                if (cue.Name == "dismiss:lies" && match.End < end && tokens[match.End].Kind is TokenKind.Number or TokenKind.LongDigits)
                {
                    i = match.End - 1;
                    continue;
                }

                // "This is another fake," ... asked about the claims: "fake" denies only as the whole of a quoted
                // answer about reports, not in "this is a fake passport" or "the photo is fake".
                if (cue.Name == "dismiss:fake" && !IsQuotedAnswerAboutReports(document, first, end, match.First, match.End))
                {
                    i = match.End - 1;
                    continue;
                }

                // "its public estimate", "Seoul's public count": a figure its owner made public is the owner's own, not a
                // recap of what others published.
                if (cue.Name.StartsWith("recap:", StringComparison.Ordinal) && match.First > first && NamesOwner(tokens[match.First - 1].Chars(text)))
                {
                    i = match.End - 1;
                    continue;
                }

                // "It could not confirm reports": the modal is part of a cue that withholds, which the attribution
                // reads; it leaves the statement unconfirmed, not a guess.
                if (cue.Stance is null && InNegatedAttribution(attributions, firstAttribution, s, span))
                {
                    i = match.End - 1;
                    continue;
                }

                // "Neither Ankara nor Tehran has confirmed": the attribution read the negation from the subject.
                var negated = IsNegated(text, tokens, first, match.First)
                    || (cue.Stance is not null && IsNegatedAttribution(attributions, firstAttribution, s, span));
                if (negated && cue.Stance == Stance.Confirmed)
                {
                    document.Hedges.Add(new HedgeSpan(s, span, cue.Name, 0.5, null, true));
                }
                else if (negated)
                {
                    document.Hedges.Add(new HedgeSpan(s, span, cue.Name, cue.Certainty is { } c ? 1 - c : null, null, true));
                }
                else
                {
                    document.Hedges.Add(new HedgeSpan(s, span, cue.Name, cue.Certainty, cue.Stance, false));
                }

                i = match.End - 1;
            }

            AddUnconfirmed(document, firstAttribution, s);
        }
    }

    // "Russia has not acknowledged the deployment": a negated confirming verb the lexicon does not hold leaves the
    // statement as unconfirmed as "not confirmed" does.
    private static void AddUnconfirmed(AnnotatedDocument document, int from, int sentence)
    {
        var attributions = document.Attributions;
        for (var i = from; i < attributions.Count && attributions[i].Sentence == sentence; i++)
        {
            if (attributions[i].Unconfirmed && !HasHedgeAt(document.Hedges, sentence, attributions[i].Cue))
            {
                document.Hedges.Add(new HedgeSpan(sentence, attributions[i].Cue, "hedge:unconfirmed", 0.5, null, false));
            }
        }
    }

    private static bool HasHedgeAt(List<HedgeSpan> hedges, int sentence, TextSpan span)
    {
        for (var i = hedges.Count - 1; i >= 0 && hedges[i].Sentence == sentence; i--)
        {
            if (hedges[i].Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegatedAttribution(List<AttributionSpan> attributions, int from, int sentence, TextSpan cue)
    {
        for (var i = from; i < attributions.Count && attributions[i].Sentence == sentence; i++)
        {
            if (attributions[i].Cue == cue && attributions[i].CueName.StartsWith("not:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InNegatedAttribution(List<AttributionSpan> attributions, int from, int sentence, TextSpan span)
    {
        for (var i = from; i < attributions.Count && attributions[i].Sentence == sentence; i++)
        {
            if (attributions[i].Cue.Contains(span) && attributions[i].CueName.StartsWith("not:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Subjects of a quoted answer that stand for what was asked about: "This is another fake".
    private static readonly WordSet AnswerSubjectLookup = new(["this", "that", "it", "these", "those", "they", "all"], StringComparer.OrdinalIgnoreCase);

    // Nouns that name reports: the answer is about them when the sentence names one.
    private static readonly WordSet ReportNounLookup = new(
        ["claims", "claim", "reports", "report", "allegations", "allegation", "story", "stories", "accusations", "assertions"], StringComparer.OrdinalIgnoreCase);

    // A quote opens, a pronoun subject follows, the cue ends the quoted words ("This is another fake,"), and the
    // sentence names the reports the answer is about.
    private static bool IsQuotedAnswerAboutReports(AnnotatedDocument d, int first, int end, int cueFirst, int cueEnd)
    {
        var tokens = d.Tokens;
        if (cueFirst - 2 < first || !AnswerSubjectLookup.Contains(tokens[cueFirst - 1].Chars(d.Text)) || !IsQuoteMark(d, tokens[cueFirst - 2])
            || cueEnd >= end || tokens[cueEnd].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var after = d.Text[tokens[cueEnd].Start];
        if (after is not (',' or '.' or '!') && !IsQuoteMark(d, tokens[cueEnd]))
        {
            return false;
        }

        for (var k = cueEnd; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && ReportNounLookup.Contains(tokens[k].Chars(d.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuoteMark(AnnotatedDocument d, Token t) => t.Kind == TokenKind.Punctuation && d.Text[t.Start] is '"' or '\u201C' or '\u201D';

    private static bool NamesOwner(ReadOnlySpan<char> word) =>
        OwnerLookup.Contains(word) || (word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019');

    private static bool IsNegated(string text, IReadOnlyList<Token> tokens, int first, int cue)
    {
        for (var k = cue - 1; k >= first && k >= cue - NegationWindow; k--)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (NegatorLookup.Contains(t.Chars(text)) || t.Chars(text).EndsWith("n't", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
