namespace Assay.Interop.ClaimReview;

/// <summary>Who signs the ClaimReview records: the reviewing organisation.</summary>
public sealed record ClaimReviewOptions
{
    /// <summary>The defaults: "Assay analyst", no url.</summary>
    public static ClaimReviewOptions Default { get; } = new();

    /// <summary>The reviewing organisation's name, the records' <c>author</c>.</summary>
    public string OrganizationName { get; init; } = "Assay analyst";

    /// <summary>The reviewing organisation's web address, when it has one.</summary>
    public Uri? OrganizationUrl { get; init; }
}
