namespace Assay.Interop.Stix;

/// <summary>What storing a STIX import did.</summary>
/// <param name="Added">Articles new to the store.</param>
/// <param name="Repeats">Articles already stored (same content hash), left unchanged.</param>
/// <param name="Failed">Why each article or judgment that could not be stored was refused, one line each.</param>
/// <param name="GradesRecorded">Grades recorded as decisions (those already in force are not recorded again).</param>
/// <param name="ResolutionsRecorded">Resolutions recorded as decisions (those already in force are not recorded again).</param>
/// <param name="References">Reports with only a URL, left for the caller to fetch.</param>
public sealed record StixImportResult(
    int Added,
    int Repeats,
    IReadOnlyList<string> Failed,
    int GradesRecorded,
    int ResolutionsRecorded,
    IReadOnlyList<StixReference> References);
