namespace Assay.Analysis.Ach;

/// <summary>One item of evidence or argument in a matrix, with how far it can be trusted and where it comes from.</summary>
/// <param name="Id">Stable id within the matrix ("E1").</param>
/// <param name="Text">The item as the analyst worded it.</param>
public sealed record AchEvidence(string Id, string Text)
{
    /// <summary>How credible the item is; weighs the weighted score and shrinks its likelihoods.</summary>
    public AchWeight Credibility { get; init; } = AchWeight.Medium;

    /// <summary>How relevant the item is; weighs the weighted score only.</summary>
    public AchWeight Relevance { get; init; } = AchWeight.Medium;

    /// <summary>Kind of source: OSINT, HUMINT, SIGINT, IMINT, MASINT, Assumption, or any word the analyst uses.</summary>
    public string Type { get; init; } = "OSINT";

    /// <summary>When the item was reported or observed, if known.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The analyst's source reference (PARC's CODE).</summary>
    public string? Code { get; init; }

    /// <summary>Free notes.</summary>
    public string? Notes { get; init; }

    /// <summary>A link to the item (a URL).</summary>
    public string? Link { get; init; }

    /// <summary>True when the analyst flagged the item (PARC's FLAG).</summary>
    public bool Flagged { get; init; }

    /// <summary>The Assay proposition the item rests on ("p20.c5"), if any.</summary>
    public string? PropositionId { get; init; }

    /// <summary>The root origin the item rests on ("source:south-korea-nis"); items sharing one count once in the
    /// likelihood mode.</summary>
    public string? OriginId { get; init; }
}
