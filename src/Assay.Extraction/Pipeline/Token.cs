namespace Assay.Extraction.Pipeline;

/// <summary>A word, number or punctuation mark in the article text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">Word, number or punctuation.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>True when whitespace (or the start of the tokenised range) comes before the token.</summary>
    public bool SpaceBefore { get; init; }

    /// <summary>In figure tokens only: a number written with a decimal comma and '.' thousands groups ("2,5", "10.000"),
    /// because the article's language writes numbers that way.</summary>
    internal bool DecimalComma { get; init; }
}
