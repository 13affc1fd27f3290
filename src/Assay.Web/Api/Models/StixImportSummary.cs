using Assay.Interop.Stix;

namespace Assay.Web.Api.Models;

/// <summary>What a STIX import did.</summary>
/// <remarks>
/// <c>added</c>: Articles stored for the first time.<br/>
/// <c>existing</c>: Articles already stored (same content hash), left unchanged.<br/>
/// <c>grades</c>, <c>resolutions</c>: The analyst's judgments carried in Assay's extension and recorded.<br/>
/// <c>links</c>: Reports that carried only a URL (fetch them with POST /imports/url).<br/>
/// <c>warnings</c>: Objects skipped and why. <c>refused</c>: What could not be stored and why.
/// </remarks>
public sealed record StixImportSummary(
    int Added, int Existing, int Grades, int Resolutions, IReadOnlyList<string> Links, IReadOnlyList<string> Warnings, IReadOnlyList<string> Refused)
{
    /// <summary>The summary of a stored import.</summary>
    public static StixImportSummary From(StixImport import, StixImportResult result)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.Added,
            result.Repeats,
            result.GradesRecorded,
            result.ResolutionsRecorded,
            [.. result.References.Select(r => r.Url)],
            import.Warnings,
            result.Failed);
    }
}
