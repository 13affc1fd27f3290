namespace Assay.Extraction.Annotators.Actors;

/// <summary>A word (a run of letters and digits) or a single punctuation character, with the gap before it.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="IsWord">True for letters and digits, false for one punctuation character.</param>
/// <param name="Gap">Whitespace before the token: 0 none, 1 spaces, 2 a line break, 3 a blank line (or the start of the text).</param>
internal readonly record struct ActorToken(int Start, int Length, bool IsWord, byte Gap)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
