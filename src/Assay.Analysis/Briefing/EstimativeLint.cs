using System.Text.RegularExpressions;
using Assay.Core.Claims;

namespace Assay.Analysis.Briefing;

/// <summary>Checks a sentence against ICD 203's rules for estimative language: likelihood and confidence never in one
/// sentence (an error), and terms from the two rows of the table not mixed (a warning).</summary>
/// <remarks>Terms match as whole words, ignoring case: "unlikely" is the unlikely band, not "likely"; "likelihood" and
/// "probability" name the scale and are no estimate, so they do not match. Longer phrases win over the words inside
/// them ("highly improbable" is one synonym, not "improbable").</remarks>
public static class EstimativeLint
{
    private static readonly Lazy<Phrase[]> Phrases = new(BuildPhrases);

    private static readonly Regex ConfidenceWords = new(@"(?<![\p{L}\p{N}])confiden(?:ce|t|tly)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The findings for one sentence; empty when it is clean.</summary>
    public static IReadOnlyList<LintViolation> Check(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var found = Find(sentence);
        var violations = new List<LintViolation>();
        var confidence = ConfidenceWords.Match(sentence);
        if (found.Count > 0 && confidence.Success)
        {
            violations.Add(new LintViolation(
                LintSeverity.Error,
                sentence,
                $"likelihood (\"{found[0].Text}\") and confidence (\"{confidence.Value}\") in one sentence"));
        }

        var first = found.FirstOrDefault(f => !f.Phrase.Synonym);
        var second = found.FirstOrDefault(f => f.Phrase.Synonym && first is not null && f.Phrase.Band != first.Phrase.Band);
        if (first is not null && second is not null)
        {
            violations.Add(new LintViolation(
                LintSeverity.Warning,
                sentence,
                $"rows mixed: \"{first.Text}\" ({first.Phrase.Band}) with \"{second.Text}\" ({second.Phrase.Band})"));
        }

        return violations;
    }

    /// <summary>True when the sentence holds a likelihood term or synonym.</summary>
    public static bool HasLikelihood(string sentence) => Find(sentence ?? "").Count > 0;

    /// <summary>True when the sentence speaks of confidence.</summary>
    public static bool HasConfidence(string sentence) => ConfidenceWords.IsMatch(sentence ?? "");

    /// <summary>Throws <see cref="BriefingLintException"/> for the first error among the sentences.</summary>
    public static void Enforce(IEnumerable<BriefingSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        foreach (var sentence in sentences)
        {
            if (Check(sentence.Text).FirstOrDefault(v => v.Severity == LintSeverity.Error) is { } error)
            {
                throw new BriefingLintException(error);
            }
        }
    }

    /// <summary>The disclaimer ICD 203 asks for when a product mixes the rows of the table, or null when no sentence does.</summary>
    public static string? MixedRowsDisclaimer(IEnumerable<BriefingSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return sentences.Any(s => Check(s.Text).Any(v => v.Severity == LintSeverity.Warning))
            ? "Some sentences carry wording from both rows of the ICD 203 table (often quoted from a source); where they differ, the bracketed range is the one meant."
            : null;
    }

    private static List<Match> Find(string sentence)
    {
        var matches = new List<Match>();
        foreach (var phrase in Phrases.Value)
        {
            foreach (System.Text.RegularExpressions.Match m in phrase.Pattern.Matches(sentence))
            {
                if (!matches.Any(x => m.Index < x.Index + x.Length && x.Index < m.Index + m.Length))
                {
                    matches.Add(new Match(phrase, m.Value, m.Index, m.Length));
                }
            }
        }

        return [.. matches.OrderBy(m => m.Index)];
    }

    // Longest first, so a phrase claims its words before the shorter terms inside it can.
    private static Phrase[] BuildPhrases() =>
    [
        .. EstimativeLanguage.Bands
            .SelectMany(b => b.Forms.Select(f => (Band: b.Value, Text: f, Synonym: false))
                .Concat(b.Synonyms.Select(s => (Band: b.Value, Text: s, Synonym: true))))
            .OrderByDescending(p => p.Text.Length)
            .Select(p => new Phrase(p.Band, p.Synonym, new Regex(
                @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", p.Text.Split(' ').Select(Regex.Escape)) + @"(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))),
    ];

    private sealed record Phrase(string Band, bool Synonym, Regex Pattern);

    private sealed record Match(Phrase Phrase, string Text, int Index, int Length);
}
