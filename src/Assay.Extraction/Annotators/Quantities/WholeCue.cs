namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Where a word that makes a figure the size of a whole force stands (counted-whole.tsv).</summary>
internal enum WholeCue
{
    /// <summary>The whole itself: "an army of 1.2 million", "a million-strong military", "the army numbers 1.2 million".</summary>
    Head,

    /// <summary>Before the counted noun: "1.3 million active-duty troops", "a standing force of …".</summary>
    Modifier,

    /// <summary>Right after the counted phrase: "600,000 men at home", "1.2 million under arms".</summary>
    After,
}
