namespace Assay.Corpus;

/// <summary>The stories of the generated corpus and the subjects and search terms a benchmark can ask about.</summary>
public static class CorpusTopics
{
    /// <summary>All stories, biggest first.</summary>
    public static IReadOnlyList<StoryTopic> Stories => CorpusData.Stories;

    /// <summary>All outlets.</summary>
    public static IReadOnlyList<CorpusOutlet> Outlets => CorpusData.Outlets;

    /// <summary>The stories of one size.</summary>
    public static IReadOnlyList<StoryTopic> OfSize(StorySize size) => CorpusData.Stories.Where(s => s.Size == size).ToArray();

    /// <summary>A handful of counted subjects ("North Korean troops", "displaced people") that occur in stories of
    /// <paramref name="size"/>, for realistic quantity queries.</summary>
    public static IReadOnlyList<string> CountedSubjects(StorySize size, int count = 5) =>
        OfSize(size).Select(s => s.Subjects[0].Noun).Distinct(StringComparer.Ordinal).Take(count).ToArray();

    /// <summary>Full-text search terms, one or two per story, biggest stories first.</summary>
    public static IReadOnlyList<string> SearchTerms => CorpusData.Stories.SelectMany(s => s.SearchTerms).ToArray();
}
