namespace Assay.Core.Text;

/// <summary>A half-open range of character offsets into an article's text.</summary>
/// <remarks><see cref="Start"/> is inclusive and <see cref="End"/> exclusive, in UTF-16 code units
/// of <see cref="Articles.Article.Text"/>.</remarks>
public readonly record struct TextSpan
{
    /// <summary>Creates a span; throws when the bounds are negative or reversed (a caller bug).</summary>
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    /// <summary>First character offset (inclusive).</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character (exclusive).</summary>
    public int End { get; }

    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => End == Start;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The text this span covers in <paramref name="text"/>.</summary>
    public string Slice(string text) => text.Substring(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
