using Assay.Analysis.Estimates;

namespace Assay.Interop.Stix;

/// <summary>An analyst's Admiralty grade of an origin, as carried in Assay's extension on an identity.</summary>
/// <param name="OriginId">The origin's id, with any article named by content hash ("eyewitness:residents@article-hash:…")
/// rather than by a store's row id.</param>
/// <param name="Grade">The reliability letter.</param>
public sealed record StixGrade(string OriginId, ReliabilityGrade Grade);
