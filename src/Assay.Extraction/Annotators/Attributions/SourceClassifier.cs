using System.Collections.Frozen;
using Assay.Core.Sources;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

/// <summary>Decides what kind of source a noun phrase names, from its head words and the actors it mentions.</summary>
internal static class SourceClassifier
{
    // Checked in this order: a journalist's "military" beat must not make him military.
    private static readonly (SourceType Type, FrozenSet<string> Words)[] Keywords =
    [
        (SourceType.Anonymous, Set("anonymity", "unnamed", "anonymous", "source", "sources", "insider", "insiders")),
        (SourceType.Eyewitness, Set("eyewitness", "eyewitnesses", "witness", "witnesses", "resident", "residents", "locals", "villagers", "accounts")),
        (SourceType.Media, Set("media", "news", "agencies", "reports", "report", "newspaper", "outlet", "journalist", "journalists", "columnist", "columnists", "editor", "writer", "blogger", "bloggers", "coverage", "broadcaster", "correspondent", "reporter", "reporters", "tabloid", "channel", "channels", "personalities", "press")),
        (SourceType.Intelligence, Set("intelligence", "spy", "NIS", "HUR", "GUR", "CIA", "DIA", "SBU", "FSB", "GRU", "SVR", "MI6")),
        (SourceType.Expert, Set("expert", "experts", "analyst", "analysts", "researcher", "researchers", "professor", "scholar", "scholars", "fellow", "commentator", "commentators", "observer", "observers", "specialist", "specialists", "institute", "think", "figures", "academic")),
        (SourceType.Military, Set("military", "army", "forces", "force", "navy", "defences", "defenses", "general", "gen", "commander", "commanders", "command", "officer", "officers", "staff", "chiefs", "jcs", "troops", "pentagon", "brigade", "kpa")),
        (SourceType.Official, Set("official", "officials", "diplomat", "diplomats", "lawmaker", "lawmakers", "legislator", "legislators", "administration", "authorities")),
        (SourceType.Government, Set("ministry", "ministries", "governments", "minister", "ministers", "president", "spokesman", "spokeswoman", "spokesperson", "government", "kremlin", "office", "secretary", "premier", "leader", "chancellor", "cabinet", "department", "state", "embassy", "member", "committee")),
    ];

    // One probe for all kinds (declared after Keywords, which it reads): each word maps to the first kind listing it.
    private static readonly FrozenDictionary<string, SourceType>.AlternateLookup<ReadOnlySpan<char>> KeywordTypes = FirstTypes();

    // Every word of every candidate source is probed, and nearly all miss: the filter rules most out before hashing.
    private static readonly WordFilter KeywordFilter = new(KeywordTypes.Dictionary.Keys);

    // Nouns that name a body without saying what kind: enough to be a source, not to type it.
    private static readonly WordSet Institutions = new(Set("agency", "service", "services", "body", "bureau", "authority", "unit", "organisation", "organization", "group", "council",
        "mission", "office", "manager", "worker", "volunteer", "volunteers", "doctor", "doctors", "nurse", "head", "chief", "director",
        "prosecutor", "police", "governor", "mayor", "monitor", "monitors", "researchers", "investigators", "assessment", "estimate", "data",
        "statement", "documents", "document", "survey", "study", "critics", "activists", "campaigners", "opponents", "opposition",
        "protesters", "families", "relatives", "survivors", "medics", "rescuers", "lawyers", "prosecutors"));

    private static readonly WordSet Anonymity = new(Set("anonymity", "unnamed", "anonymous", "anonymously"));

    private static readonly WordSet HeadStops = new(Set("of", "with", "who", "which", "from", "in", "at", "for", "on", "that", ","));

    /// <summary>Classifies <paramref name="words"/> (the source phrase split into words).</summary>
    public static SourceType Classify(PhraseWords words, ReadOnlySpan<Mention> mentions)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (Anonymity.Contains(words[i]))
            {
                return SourceType.Anonymous;
            }
        }

        var head = words.Count;
        for (var i = 1; i < words.Count; i++)
        {
            if (HeadStops.Contains(words[i]))
            {
                head = i;
                break;
            }
        }

        // The head's own words decide first, read from the right ("military journalist" is media).
        for (var i = head - 1; i >= 0; i--)
        {
            if (Match(words[i]) is { } type)
            {
                // "Western intelligence agencies": a bare "agencies" takes its kind from the word before it.
                if (type == SourceType.Media && words[i] is "agencies" or "Agencies" && i > 0 && Match(words[i - 1]) is SourceType.Intelligence)
                {
                    return SourceType.Intelligence;
                }

                return type;
            }
        }

        for (var i = 0; i < mentions.Length; i++)
        {
            if (mentions[i].Kind == ActorKind.Media)
            {
                return SourceType.Media;
            }
        }

        for (var i = head; i < words.Count; i++)
        {
            if (Match(words[i]) is { } type)
            {
                return type;
            }
        }

        for (var i = 0; i < mentions.Length; i++)
        {
            switch (mentions[i].Kind)
            {
                case ActorKind.State:
                case ActorKind.Person:
                    return SourceType.Government;
                case ActorKind.Organisation:
                case ActorKind.Alliance:
                    return SourceType.Official;
                case ActorKind.Unknown:
                    return SourceType.Expert;
            }
        }

        return SourceType.Official;
    }

    /// <summary>True when some word names a kind of source ("officials", "agency", "analyst").</summary>
    public static bool HasSourceWord(PhraseWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (Anonymity.Contains(word) || Institutions.Contains(word) || Match(word) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static SourceType? Match(ReadOnlySpan<char> word)
    {
        var trimmed = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
        return KeywordFilter.MayContain(trimmed) && KeywordTypes.TryGetValue(trimmed, out var type) ? type : null;
    }

    private static FrozenDictionary<string, SourceType>.AlternateLookup<ReadOnlySpan<char>> FirstTypes()
    {
        var first = new Dictionary<string, SourceType>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, words) in Keywords)
        {
            foreach (var word in words)
            {
                first.TryAdd(word, type);
            }
        }

        return first.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
