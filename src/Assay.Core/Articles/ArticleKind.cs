namespace Assay.Core.Articles;

/// <summary>What sort of report an article is.</summary>
public enum ArticleKind
{
    /// <summary>A news report.</summary>
    News,

    /// <summary>An opinion or commentary piece.</summary>
    Opinion,

    /// <summary>Analysis from a think tank or an analyst.</summary>
    Analysis,

    /// <summary>An official statement or press release.</summary>
    Statement,
}
