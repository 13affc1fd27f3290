using Assay.Core.Articles;

namespace Assay.Corpus;

/// <summary>One generated article: the <see cref="Core.Articles.Article"/> Assay's readers should read back from its
/// file, plus what the generator knows about it (story, outlet, genre, format, copy relation, boilerplate).</summary>
public sealed record GeneratedArticle
{
    /// <summary>Position in the corpus, from 0.</summary>
    public required long Index { get; init; }

    /// <summary>The article as intended: title, outlet, byline, date, kind, URL, captions and body text.</summary>
    public required Article Article { get; init; }

    /// <summary>The story the article belongs to.</summary>
    public required StoryTopic Story { get; init; }

    /// <summary>The publisher.</summary>
    public required CorpusOutlet Outlet { get; init; }

    /// <summary>What sort of piece it is.</summary>
    public required CorpusGenre Genre { get; init; }

    /// <summary>The file format it is written in.</summary>
    public required CorpusFormat Format { get; init; }

    /// <summary>Whether it is original, a re-run of a wire story, or an exact duplicate.</summary>
    public required CopyRelation Relation { get; init; }

    /// <summary>For a re-run or duplicate, the index of the article it copies; otherwise null.</summary>
    public long? CopyOf { get; init; }

    /// <summary>"Read more: …" lines the file carries among the paragraphs; readers drop them from the text.</summary>
    public IReadOnlyList<string> RelatedLinks { get; init; } = [];

    /// <summary>The opinion footer the file carries after the body; readers drop it from the text.</summary>
    public string? Disclaimer { get; init; }
}
