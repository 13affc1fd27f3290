using System.Collections.Frozen;

namespace Assay.Analysis.Story;

/// <summary>What a source phrase says of who speaks: whether it names a state's experts rather than the state
/// ("South Korean analysts"), and whether it names anyone at all ("reports", "intelligence", "analysts").</summary>
/// <remarks>
/// The extractor resolves "South Korean officials", "lawmakers in Seoul" and "South Korean experts" to the state they
/// belong to. Officials, spokespeople, lawmakers, the state's intelligence and its armed forces, unnamed, stay the
/// state's one voice: they share its information ("a U.S. official" and "U.S. intelligence" giving one casualty
/// figure are one report, not two), and counting them apart would count one government's assessment several times.
/// Experts and analysts of a nationality do not speak for the state at all. The head of the phrase decides: its last
/// word before "of", "in", "for"… ("analysts at a Seoul institute" → analysts).
/// </remarks>
internal static class SourcePhrases
{
    private static readonly FrozenSet<string> ExpertHeads = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "expert", "experts", "analyst", "analysts", "researcher", "researchers", "scholar", "scholars", "observer", "observers",
        "commentator", "commentators", "academic", "academics", "specialist", "specialists");

    // Words that end a phrase's head: "lawmakers in Seoul", "a spokesperson for the ministry".
    private static readonly FrozenSet<string> HeadStops = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "of", "in", "at", "for", "from", "with", "who", "which", "on", "that", "to", "under");

    // Capitalised words a phrase may open with and still name nobody: sentence-initial determiners and the generic
    // nouns and adjectives of unnamed sources ("Reports said", "Analysts say", "Western officials").
    private static readonly FrozenSet<string> GenericOpeners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "some", "several", "many", "most", "other", "others", "one", "two", "three", "four", "five", "both",
        "these", "those", "such", "multiple", "numerous", "various", "unconfirmed", "unverified", "earlier", "recent", "initial",
        "western", "foreign", "local", "senior", "military", "government", "state", "official", "officials", "intelligence",
        "reports", "report", "media", "press", "news", "journalists", "reporters", "bloggers", "analysts", "analyst", "experts",
        "expert", "observers", "commentators", "researchers", "lawmakers", "legislators", "diplomats", "sources", "insiders",
        "residents", "witnesses", "eyewitnesses", "locals", "critics", "estimates", "assessments", "accounts", "footage",
        "images", "videos", "photos", "satellite", "social", "independent", "unnamed", "anonymous");

    /// <summary>True when the head of <paramref name="source"/> names experts or analysts ("South Korean experts",
    /// "analysts at a Seoul institute"), not a state's own voice.</summary>
    public static bool NamesExperts(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var words = Words(source);
        if (words.Count == 0)
        {
            return false;
        }

        var head = words.Count - 1;
        for (var i = 1; i < words.Count; i++)
        {
            if (HeadStops.Contains(words[i]))
            {
                head = i - 1;
                break;
            }
        }

        return ExpertHeads.Contains(words[head]);
    }

    /// <summary>True when <paramref name="source"/> names nobody: no word but a generic opener is capitalised
    /// ("reports", "intelligence", "Analysts", "media coverage").</summary>
    public static bool NamesNobody(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var words = Words(source);
        if (words.Count == 0)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (char.IsUpper(word[0]) && !GenericOpeners.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // The phrase's words, stripped of punctuation and a possessive ending.
    private static List<string> Words(string source)
    {
        var words = new List<string>();
        foreach (var raw in source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', ',', '.', ';', ':', '(', ')');
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length > 0 && char.IsLetterOrDigit(word[0]))
            {
                words.Add(word);
            }
        }

        return words;
    }
}
