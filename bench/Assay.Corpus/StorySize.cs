namespace Assay.Corpus;

/// <summary>How much of the corpus a story takes.</summary>
public enum StorySize
{
    /// <summary>One of the few stories that dominate the news.</summary>
    Big,

    /// <summary>A story in the middle of the ranking.</summary>
    Medium,

    /// <summary>A story from the long tail.</summary>
    Small,
}
