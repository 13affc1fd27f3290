namespace Assay.Corpus;

/// <summary>What sort of piece an article is, which decides its length, structure and voice.</summary>
public enum CorpusGenre
{
    /// <summary>A news report.</summary>
    News,

    /// <summary>An opinion column or commentary.</summary>
    Opinion,

    /// <summary>Analysis, typically from a think tank.</summary>
    Analysis,

    /// <summary>A fact-check weighing one circulating claim (read back as news).</summary>
    FactCheck,

    /// <summary>A live blog of short timestamped entries (read back as news).</summary>
    LiveBlog,
}
