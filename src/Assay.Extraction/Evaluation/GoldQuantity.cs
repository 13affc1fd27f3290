namespace Assay.Extraction.Evaluation;

/// <summary>One hand-annotated quantity from a gold file, with the attribution the annotator gave it.</summary>
/// <remarks>
/// <see cref="Text"/> is the qualifier and number exactly as in the article body; the matcher looks for it there.
/// Null bounds mean "not stated", as in <see cref="Core.Quantities.Quantity"/>. The string fields keep the gold
/// spelling ("asserted", "deploy", "2024-W42"); <see cref="Via"/> is nearest the outlet first and never null.
/// </remarks>
public sealed record GoldQuantity
{
    /// <summary>Qualifier and number as written in the body ("more than 1,500").</summary>
    public required string Text { get; init; }

    /// <summary>Lower bound, or null.</summary>
    public double? Low { get; init; }

    /// <summary>Upper bound, or null.</summary>
    public double? High { get; init; }

    /// <summary>Qualifier name ("approximate"), or null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>Head noun of the thing counted ("troops"), or null.</summary>
    public string? Counted { get; init; }

    /// <summary>Place phrase of the count ("in the Kursk region"), or null.</summary>
    public string? Scope { get; init; }

    /// <summary>The party the sentence credits ("National Intelligence Service"), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Kind of source ("intelligence", "outlet"), or null.</summary>
    public string? SourceType { get; init; }

    /// <summary>Intermediaries between outlet and source, nearest the outlet first.</summary>
    public IReadOnlyList<string> Via { get; init; } = [];

    /// <summary>Stance name ("asserted"), or null.</summary>
    public string? Stance { get; init; }

    /// <summary>Event name ("deploy", "none"), or null.</summary>
    public string? Event { get; init; }

    /// <summary>ISO 8601 time ("2024-10", "2024-W42", "2024-11-04"), or null.</summary>
    public string? Time { get; init; }
}
