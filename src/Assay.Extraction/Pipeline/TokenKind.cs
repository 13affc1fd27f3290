namespace Assay.Extraction.Pipeline;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, with inner apostrophes, hyphens and dots ("Kim", "U.S.", "S-400", "North's").</summary>
    Word,

    /// <summary>Digits with inner separators ("1,500", "1.5"; in figure tokens also "10 000").</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,

    /// <summary>In figure tokens only: a run of digits too long to be a figure, never read as a number.</summary>
    LongDigits,
}
