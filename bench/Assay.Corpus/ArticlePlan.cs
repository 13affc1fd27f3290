namespace Assay.Corpus;

/// <summary>The cheap decisions about one article, made before any text is written: enough to find re-run sources
/// and to route the article to a file.</summary>
internal readonly record struct ArticlePlan(
    CorpusFormat Format,
    CopyRelation Relation,
    long? CopyOf,
    int Story,
    CorpusOutlet Outlet,
    CorpusGenre Genre,
    DateOnly Published);
