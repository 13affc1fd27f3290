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

    // Nouns that name a body without saying what kind: enough to be a source, not to type it.
    private static readonly FrozenSet<string> Institutions = Set("agency", "service", "services", "body", "bureau", "authority", "unit", "organisation", "organization", "group", "council",
        "mission", "office", "manager", "worker", "volunteer", "volunteers", "doctor", "doctors", "nurse", "head", "chief", "director",
        "prosecutor", "police", "governor", "mayor", "monitor", "monitors", "researchers", "investigators", "assessment", "estimate", "data",
        "statement", "documents", "document", "survey", "study", "critics", "activists", "campaigners", "opponents", "opposition",
        "protesters", "families", "relatives", "survivors", "medics", "rescuers", "lawyers", "prosecutors");

    // Words that, capitalised in the name of a body, make it a think tank or a university.
    private static readonly FrozenSet<string> ThinkTankNames = FrozenSet.Create(StringComparer.Ordinal,
        "Institute", "Institution", "Centre", "Center", "Policy", "Foundation", "University", "Academy", "College", "Studies");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThinkTankLookup = ThinkTankNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsThinkTankName(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && ThinkTankLookup.Contains(word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word);

    private static readonly FrozenSet<string> Anonymity = Set("anonymity", "unnamed", "anonymous", "anonymously");

    private static readonly FrozenSet<string> HeadStops = Set("of", "with", "who", "which", "from", "in", "at", "for", "on", "that", ",");

    // Every list above in one probe (declared after them, as it reads them): each word maps to the lists holding it
    // and to the first kind listing it. Every word of every candidate source is probed, most more than once, and
    // nearly all miss: the filter rules most out before hashing.
    private static readonly FrozenDictionary<string, WordRole>.AlternateLookup<ReadOnlySpan<char>> Roles = AllRoles();

    private static readonly WordFilter RoleFilter = new(Roles.Dictionary.Keys);

    // A phrase longer than this has its words' kinds found in an array rather than on the stack.
    private const int StackWords = 32;

    /// <summary>Classifies <paramref name="words"/> (the source phrase split into words).</summary>
    public static SourceType Classify(PhraseWords words, ReadOnlySpan<Mention> mentions)
    {
        // One pass finds an anonymity word (which decides at once), the head's end, and each word's kind; the
        // order of the checks is as it was in separate passes, with the same answers.
        Span<SourceType?> kinds = words.Count <= StackWords ? stackalloc SourceType?[StackWords] : new SourceType?[words.Count];
        var head = words.Count;
        for (var i = 0; i < words.Count; i++)
        {
            var role = RoleOf(words[i]);
            if (role.Anonymity)
            {
                return SourceType.Anonymous;
            }

            if (i >= 1 && head == words.Count && role.HeadStop)
            {
                head = i;
            }

            kinds[i] = KindOf(words[i], role);
        }

        // The head's own words decide first, read from the right ("military journalist" is media).
        for (var i = head - 1; i >= 0; i--)
        {
            if (kinds[i] is { } type)
            {
                // "Western intelligence agencies": a bare "agencies" takes its kind from the word before it.
                if (type == SourceType.Media && words[i] is "agencies" or "Agencies" && i > 0 && kinds[i - 1] is SourceType.Intelligence)
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
            // "Lee of the Asan Policy Circle", "a fellow at the Nordic Security Foundation": a person of a think tank
            // or a university speaks as an expert.
            if (IsThinkTankName(words[i]))
            {
                return SourceType.Expert;
            }

            if (kinds[i] is { } type)
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
            if (IsSourceWord(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> names a kind of source ("officials", "agency"), as
    /// <see cref="HasSourceWord"/> asks of each word of a phrase.</summary>
    public static bool IsSourceWord(ReadOnlySpan<char> word)
    {
        var role = RoleOf(word);
        return role.Anonymity || role.Institution || KindOf(word, role) is not null;
    }

    /// <summary>True when some word says what kind of source the phrase is ("spokesman", "military"), as a bare
    /// name does not.</summary>
    public static bool HasKindWord(PhraseWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (KindOf(words[i], RoleOf(words[i])) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static WordRole RoleOf(ReadOnlySpan<char> word) =>
        RoleFilter.MayContain(word) && Roles.TryGetValue(word, out var role) ? role : default;

    // The kind a word names: a possessive ("Korea's", "ministry's") is looked up without its "'s".
    private static SourceType? KindOf(ReadOnlySpan<char> word, WordRole role) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? RoleOf(word[..^2]).Kind : role.Kind;

    private static FrozenDictionary<string, WordRole>.AlternateLookup<ReadOnlySpan<char>> AllRoles()
    {
        var roles = new Dictionary<string, WordRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, words) in Keywords)
        {
            foreach (var word in words)
            {
                if (!roles.TryGetValue(word, out var role) || role.Kind is null)
                {
                    roles[word] = role with { Kind = type };
                }
            }
        }

        foreach (var word in Institutions)
        {
            roles[word] = roles.GetValueOrDefault(word) with { Institution = true };
        }

        foreach (var word in Anonymity)
        {
            roles[word] = roles.GetValueOrDefault(word) with { Anonymity = true };
        }

        foreach (var word in HeadStops)
        {
            roles[word] = roles.GetValueOrDefault(word) with { HeadStop = true };
        }

        return roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // What a word is to the classifier: in which lists it stands, and the first kind listing it.
    private readonly record struct WordRole(bool Anonymity, bool Institution, bool HeadStop, SourceType? Kind);
}
