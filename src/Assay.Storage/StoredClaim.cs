using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Time;

namespace Assay.Storage;

/// <summary>A claim as stored, with the article it came from and its quantity and time resolved.</summary>
public sealed record StoredClaim(
    long ArticleId,
    string? ArticleTitle,
    string? Outlet,
    DateOnly? Published,
    Claim Claim,
    Quantity? Quantity,
    TimeRef? Time);
