using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>The words that frame an unknown capitalised name, read from actor-cues.tsv.</summary>
internal sealed class NameCues
{
    // Probed for every capitalised run of every article and nearly always missed: word sets, whose filter rules
    // most words out before hashing them.
    private readonly WordSet _titles;
    private readonly WordSet _roles;
    private readonly WordSet _speech;
    private readonly WordSet _function;
    private readonly WordSet _particles;
    private readonly WordSet _orgNouns;

    public NameCues(IEnumerable<(string Word, string Class)> words)
    {
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var speech = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var function = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var particles = new HashSet<string>(StringComparer.Ordinal);
        var orgNouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, cls) in words)
        {
            var set = cls switch
            {
                "title" => titles,
                "role" => roles,
                "speech" => speech,
                "function" => function,
                "particle" => particles,
                "orgnoun" => orgNouns,
                _ => throw new InvalidOperationException($"actor-cues.tsv: unknown class '{cls}' for '{word}'."),
            };
            set.Add(word);
        }

        _titles = new WordSet(titles, StringComparer.OrdinalIgnoreCase);
        _roles = new WordSet(roles, StringComparer.OrdinalIgnoreCase);
        _speech = new WordSet(speech, StringComparer.OrdinalIgnoreCase);
        _function = new WordSet(function, StringComparer.OrdinalIgnoreCase);
        _particles = new WordSet(particles, StringComparer.Ordinal);
        _orgNouns = new WordSet(orgNouns, StringComparer.Ordinal);
    }

    /// <summary>A title or role written before a name; plurals ("Analysts") count too.</summary>
    public bool IsTitle(ReadOnlySpan<char> word) =>
        _titles.Contains(word) || (word.Length > 3 && word[^1] == 's' && _titles.Contains(word[..^1]));

    /// <summary>A role noun in an apposition after a name.</summary>
    public bool IsRole(ReadOnlySpan<char> word) => _roles.Contains(word);

    /// <summary>A verb of saying.</summary>
    public bool IsSpeech(ReadOnlySpan<char> word) => _speech.Contains(word);

    /// <summary>A capitalised word that never begins a name.</summary>
    public bool IsFunction(ReadOnlySpan<char> word) => _function.Contains(word);

    /// <summary>A lower-case particle inside a name ("von der").</summary>
    public bool IsParticle(ReadOnlySpan<char> word) => _particles.Contains(word);

    /// <summary>A head noun of organisation names ("Ministry", "Party").</summary>
    public bool IsOrgNoun(ReadOnlySpan<char> word) => _orgNouns.Contains(word);
}
