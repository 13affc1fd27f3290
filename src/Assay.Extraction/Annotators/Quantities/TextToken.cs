namespace Assay.Extraction.Annotators.Quantities;

/// <summary>One token of a text region: a half-open range of offsets into the article text and its kind.</summary>
/// <param name="Start">First character (inclusive).</param>
/// <param name="End">Just past the last character (exclusive).</param>
/// <param name="Kind">Word, number or punctuation.</param>
/// <param name="SpaceBefore">True when whitespace (or the region start) precedes the token.</param>
internal readonly record struct TextToken(int Start, int End, TextTokenKind Kind, bool SpaceBefore)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;
}
