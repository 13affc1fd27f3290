namespace Assay.Corpus;

/// <summary>How an article relates to an earlier one in the corpus.</summary>
public enum CopyRelation
{
    /// <summary>Written for this article.</summary>
    Original,

    /// <summary>A wire story re-run by another outlet with light edits.</summary>
    Rerun,

    /// <summary>The same title and text as an earlier article, ingested again.</summary>
    Duplicate,
}
