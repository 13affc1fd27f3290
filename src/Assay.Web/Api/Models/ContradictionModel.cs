using Assay.Analysis.Story;
using Assay.Workspace;

namespace Assay.Web.Api.Models;

/// <summary>Two claims that cannot both hold, with the propositions they belong to and why.</summary>
public sealed record ContradictionModel(string Kind, string Proposition, string Claim, string OtherProposition, string OtherClaim, string Reason)
{
    /// <summary>The model of a contradiction.</summary>
    public static ContradictionModel From(ClaimContradiction c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(EnumNames.Of(c.Kind), c.PropositionId, c.Claim.ToString(), c.OtherPropositionId, c.OtherClaim.ToString(), c.Reason);
    }
}
