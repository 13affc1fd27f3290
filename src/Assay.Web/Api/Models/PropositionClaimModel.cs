using Assay.Analysis.Story;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>One claim of a proposition: the claim, the origin it resolves to, and whether it supports, contradicts or withholds.</summary>
/// <remarks>
/// <c>as_of</c>: The date the claim speaks of: its own date when it gives one, else its publication date.<br/>
/// <c>derived_from</c>: The article it copies, when its origin was found through a copy link.
/// </remarks>
public sealed record PropositionClaimModel(
    string Ref,
    string Role,
    OriginModel Origin,
    DateOnly? AsOf,
    string? Outlet,
    DateOnly? Published,
    string Text,
    string Source,
    IReadOnlyList<string> Via,
    string Stance,
    double Certainty,
    long? DerivedFrom)
{
    /// <summary>The model of a proposition's claim.</summary>
    public static PropositionClaimModel From(PropositionClaim pc)
    {
        ArgumentNullException.ThrowIfNull(pc);
        var c = pc.Claim.Claim;
        return new(
            pc.Claim.Ref.ToString(), EnumNames.Of(pc.Role), OriginModel.From(pc.Origin), pc.AsOf, pc.Claim.Outlet, pc.Claim.Published,
            c.Text, c.Source, c.Via, EnumNames.Of(c.Stance), Math.Round(c.Certainty, 4), pc.DerivedFrom?.FromArticleId);
    }
}
