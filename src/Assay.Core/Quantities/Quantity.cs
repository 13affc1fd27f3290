using Assay.Core.Text;

namespace Assay.Core.Quantities;

/// <summary>A number or range in the text with its qualifier and the thing it counts.</summary>
/// <remarks>
/// A range stays a range: <see cref="Low"/> and <see cref="High"/> are kept apart. For an exact figure
/// both equal the figure. A null <see cref="High"/> means no upper bound was stated ("more than 1,000");
/// a null <see cref="Low"/> means no lower bound ("up to 12,000"). Whether a bound is inclusive follows
/// <see cref="Qualifier"/>.
/// </remarks>
public sealed record Quantity
{
    /// <summary>Creates a quantity; throws when both bounds are missing or reversed (a caller bug).</summary>
    public Quantity(TextSpan span, string text, double? low, double? high, QuantityQualifier qualifier, string cue)
    {
        if (low is null && high is null)
        {
            throw new ArgumentException("A quantity needs at least one bound.", nameof(low));
        }

        if (low is { } l && high is { } h && h < l)
        {
            throw new ArgumentException($"High bound {h} is below low bound {l}.", nameof(high));
        }

        Span = span;
        Text = text;
        Low = low;
        High = high;
        Qualifier = qualifier;
        Cue = cue;
    }

    /// <summary>Where the number (with its qualifier) stands in the text.</summary>
    public TextSpan Span { get; }

    /// <summary>The words as written ("anywhere between 1,500 to 12,000").</summary>
    public string Text { get; }

    /// <summary>Lower bound, or null when none was stated.</summary>
    public double? Low { get; }

    /// <summary>Upper bound, or null when none was stated.</summary>
    public double? High { get; }

    /// <summary>How the figure was qualified.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>The rule or lexicon entry that produced it ("between-to", "word:thousand").</summary>
    public string Cue { get; }

    /// <summary>The thing counted, normalised ("troops", "members of the KPA", "special forces").</summary>
    public string? Counted { get; init; }

    /// <summary>Where the count applies ("in Russia", "in Kursk"), when stated.</summary>
    public string? Scope { get; init; }

    /// <summary>Span of the counted noun phrase, when found.</summary>
    public TextSpan? CountedSpan { get; init; }
}
