namespace Assay.Extraction.Pipeline;

/// <summary>What a token is.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes, hyphens and dots ("Kim", "U.S.", "S-400", "North's").</summary>
    Word,

    /// <summary>Digits with inner separators ("1,500", "1.5").</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}
