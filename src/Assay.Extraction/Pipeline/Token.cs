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
}
