namespace Assay.Extraction.Annotators.Quantities;

/// <summary>The thing a figure counts, and where the count applies, as token ranges of one region.</summary>
/// <param name="Start">First token of the counted phrase.</param>
/// <param name="End">Token just past the counted phrase.</param>
/// <param name="ScopeStart">First token of the scope phrase, or -1.</param>
/// <param name="ScopeEnd">Token just past the scope phrase, or -1.</param>
internal readonly record struct CountedPhrase(int Start, int End, int ScopeStart, int ScopeEnd)
{
    /// <summary>The counted subject as a label when it differs from the span's words: casualty words become one label
    /// ("17 dead" and "16 people died" are both "killed"; "2,000 soldiers have been killed" is "soldiers killed"); a whole
    /// force is one label too ("an army of 1.2 million" and "1.3 million active-duty troops" are both "army").</summary>
    public string? Label { get; init; }

    /// <summary>True when a scope was found.</summary>
    public bool HasScope => ScopeStart >= 0;
}
