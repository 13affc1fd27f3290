namespace Assay.Extraction.Annotators.Actors;

/// <summary>The words that frame an unknown capitalised name, read from actor-cues.tsv.</summary>
internal sealed class NameCues
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _roles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _speech;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _function;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _particles;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _orgNouns;

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

        _titles = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        _roles = roles.GetAlternateLookup<ReadOnlySpan<char>>();
        _speech = speech.GetAlternateLookup<ReadOnlySpan<char>>();
        _function = function.GetAlternateLookup<ReadOnlySpan<char>>();
        _particles = particles.GetAlternateLookup<ReadOnlySpan<char>>();
        _orgNouns = orgNouns.GetAlternateLookup<ReadOnlySpan<char>>();
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
