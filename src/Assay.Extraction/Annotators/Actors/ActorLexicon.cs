using System.Diagnostics.CodeAnalysis;
using Assay.Core.Sources;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>The states, organisations and persons Assay recognises, with every written form that names them.</summary>
/// <remarks>Built once from the embedded actors*.tsv lexicons; immutable and safe to share across threads.
/// Forms are stored in a token trie rooted at their first word (case-sensitive).</remarks>
public sealed class ActorLexicon
{
    private readonly Dictionary<string, Actor> _actors;
    private readonly Dictionary<string, PatternNode>.AlternateLookup<ReadOnlySpan<char>> _roots;
    private readonly WordFilter _rootFilter;
    private readonly Dictionary<(string Country, string Form), Actor?> _bodies;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bodyForms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bodyFirstWords;

    internal ActorLexicon(
        IReadOnlyList<Actor> actors, Dictionary<string, PatternNode> roots, NameCues cues, int formCount, Dictionary<(string Country, string Form), Actor?> bodies)
    {
        _bodies = bodies;
        _bodyForms = new HashSet<string>(bodies.Keys.Select(static k => k.Form), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _bodyFirstWords = new HashSet<string>(bodies.Keys.Select(static k => k.Form.Split(' ')[0]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _actors = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _roots = roots.GetAlternateLookup<ReadOnlySpan<char>>();
        _rootFilter = new WordFilter(roots.Keys, caseSensitive: true);
        Actors = actors;
        Cues = cues;
        FormCount = formCount;
        StateCount = actors.Count(a => a.Kind == ActorKind.State);
        OrganisationCount = actors.Count(a => a.Kind is ActorKind.Organisation or ActorKind.Media or ActorKind.Alliance);
        PersonCount = actors.Count(a => a.Kind == ActorKind.Person);
    }

    /// <summary>The lexicon shipped with Assay.</summary>
    public static ActorLexicon Default { get; } = ActorLexiconLoader.LoadEmbedded();

    /// <summary>Every actor, in lexicon order (states, organisations, persons).</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Number of states (the 193 UN member states).</summary>
    public int StateCount { get; }

    /// <summary>Number of organisations, media outlets and alliances.</summary>
    public int OrganisationCount { get; }

    /// <summary>Number of named persons.</summary>
    public int PersonCount { get; }

    /// <summary>Number of distinct written forms, generated possessive and adjectival forms included.</summary>
    public int FormCount { get; }

    internal NameCues Cues { get; }

    /// <summary>Finds an actor by its id ("south-korea-nis").</summary>
    public bool TryGet(string id, [MaybeNullWhen(false)] out Actor actor)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _actors.TryGetValue(id, out actor);
    }

    /// <summary>Whether some state's body goes by <paramref name="form"/> without its state ("Defence Ministry").</summary>
    internal bool IsBodyForm(ReadOnlySpan<char> form) => _bodyForms.Contains(form);

    /// <summary>Whether some body name without its state starts with <paramref name="word"/> ("Defence"): one lookup
    /// rules out nearly every "the" and capitalised word before longer names are tried.</summary>
    internal bool StartsBodyForm(ReadOnlySpan<char> word) => _bodyFirstWords.Contains(word);

    /// <summary>The body of the state <paramref name="country"/> that goes by <paramref name="form"/> without its state
    /// ("Defence Ministry" of "russia"), or null when it has none or several.</summary>
    internal Actor? BodyOf(string country, string form) => _bodies.TryGetValue((country, form), out var body) ? body : null;

    /// <summary>The trie node of forms beginning with <paramref name="word"/>, or null when none does.</summary>
    internal PatternNode? Find(ReadOnlySpan<char> word) => _rootFilter.MayContain(word) && _roots.TryGetValue(word, out var node) ? node : null;
}
