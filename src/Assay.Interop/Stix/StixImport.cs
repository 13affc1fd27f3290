using Assay.Extraction.Reading;

namespace Assay.Interop.Stix;

/// <summary>What a STIX bundle held for Assay, read but not yet stored.</summary>
/// <param name="Location">The file read.</param>
/// <param name="Articles">One read per report that had text (or Assay's extension), located "FILE#report--…"; a failed
/// read says why.</param>
/// <param name="References">Reports with only a URL, for the caller to fetch.</param>
/// <param name="Grades">The analyst's grades carried in Assay's extension.</param>
/// <param name="Resolutions">The analyst's resolutions carried in Assay's extension.</param>
/// <param name="Warnings">Objects skipped, one line each naming the object and why.</param>
public sealed record StixImport(
    string Location,
    IReadOnlyList<ReadResult> Articles,
    IReadOnlyList<StixReference> References,
    IReadOnlyList<StixGrade> Grades,
    IReadOnlyList<StixResolution> Resolutions,
    IReadOnlyList<string> Warnings);
