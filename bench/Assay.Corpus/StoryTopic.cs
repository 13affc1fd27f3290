namespace Assay.Corpus;

/// <summary>One developing story: its actors, places, counted subjects, sources and timeline.</summary>
/// <remarks>The estimate of each subject drifts over <see cref="Days"/> days from <see cref="Start"/> and is revised
/// at least once; sources report it with their own bias, and the parties in <see cref="Deniers"/> deny it.</remarks>
public sealed record StoryTopic
{
    /// <summary>Short stable identifier ("nk-troops-russia").</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable name of the story.</summary>
    public required string Name { get; init; }

    /// <summary>Position by size, 0 for the biggest story.</summary>
    public required int Rank { get; init; }

    /// <summary>Expected fraction of the corpus's articles that belong to this story.</summary>
    public required double Share { get; init; }

    /// <summary>First day of the story's coverage.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>How many days the coverage lasts.</summary>
    public required int Days { get; init; }

    /// <summary>Places the story happens in.</summary>
    public required IReadOnlyList<string> Places { get; init; }

    /// <summary>Governments, groups and people involved.</summary>
    public required IReadOnlyList<string> Actors { get; init; }

    /// <summary>What the story counts.</summary>
    public required IReadOnlyList<CountedSubject> Subjects { get; init; }

    /// <summary>Sources that report figures (agencies, ministries, officials, NGOs, think tanks, witnesses).</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Parties that deny the figures (often a government or its state media).</summary>
    public required IReadOnlyList<string> Deniers { get; init; }

    /// <summary>Full-text search terms that find this story's articles.</summary>
    public required IReadOnlyList<string> SearchTerms { get; init; }

    /// <summary>How big the story is in the corpus.</summary>
    public StorySize Size => Rank < 5 ? StorySize.Big : Rank < 25 ? StorySize.Medium : StorySize.Small;
}
