namespace Assay.Web.Api.Models;

/// <summary>A hypothesis (column) with its scores under every mode.</summary>
/// <remarks>
/// <c>inconsistency</c>: S_h: I −1, II −2, summed over the items; zero or negative.<br/>
/// <c>weighted</c>: WS_h: the same, each item weighed by credibility × relevance.<br/>
/// <c>posterior</c>: P(h | evidence) in the likelihood mode; the posteriors sum to 1.
/// </remarks>
public sealed record AchHypothesisModel(string Id, string Text, int Inconsistency, double Weighted, double Posterior);
