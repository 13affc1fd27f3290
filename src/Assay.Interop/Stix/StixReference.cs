namespace Assay.Interop.Stix;

/// <summary>A report that carried neither text nor Assay's extension, only a link to the article: the caller may
/// fetch it.</summary>
/// <param name="ReportId">The report's STIX id ("report--…").</param>
/// <param name="Name">The report's name, as given.</param>
/// <param name="Url">The first URL among its external references.</param>
public sealed record StixReference(string ReportId, string Name, string Url);
