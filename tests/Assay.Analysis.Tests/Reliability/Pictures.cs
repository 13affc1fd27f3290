using Assay.Analysis.Story;
using Assay.Analysis.Tests.Story;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;

namespace Assay.Analysis.Tests.Reliability;

/// <summary>Hand-built story pictures for the reliability tests: origins, claims and propositions put together directly.</summary>
internal static class Pictures
{
    public static readonly Origin Nis = new("source:south-korea-nis", "National Intelligence Service (South Korea)", SourceType.Intelligence);
    public static readonly Origin Pentagon = new("source:pentagon", "Pentagon", SourceType.Official);
    public static readonly Origin Kremlin = new("source:kremlin", "Kremlin", SourceType.Government);
    public static readonly Origin Yonhap = new("outlet:yonhap", "Yonhap", SourceType.Outlet);

    public static readonly Subject Troops = new("north-korea troops", "north korean troops", "russia", "Russia");

    /// <summary>A claim by <paramref name="origin"/> in article <paramref name="article"/>, dated <paramref name="day"/>
    /// days after 18 October 2024, with a figure when <paramref name="low"/> is given.</summary>
    public static PropositionClaim Claim(
        Origin origin, long article, ClaimRole role = ClaimRole.Supports, double? low = null, double? high = null, int day = 0, string id = "c1",
        QuantityQualifier qualifier = QuantityQualifier.Approximate)
    {
        var stance = role == ClaimRole.Supports ? Stance.Asserted : Stance.Denied;
        var claim = low is null
            ? StoryClaims.Statement(article, "Outlet " + article, origin.Name, stance, day: day, id: id)
            : StoryClaims.Troops(article, "Outlet " + article, low, high, source: origin.Name, day: day, id: id, qualifier: qualifier, stance: stance);
        return new PropositionClaim(claim, origin, role, Troops, StoryClaims.Day0.AddDays(day), null);
    }

    /// <summary>A proposition about troops in Russia holding <paramref name="claims"/>, its id from the first claim.</summary>
    public static Proposition Proposition(params PropositionClaim[] claims) => Proposition(Troops, EventType.Deploy, claims);

    /// <summary>A proposition with the given subject and event.</summary>
    public static Proposition Proposition(Subject subject, EventType type, params PropositionClaim[] claims)
    {
        var origins = claims.Where(c => c.Role == ClaimRole.Supports).Select(c => c.Origin).DistinctBy(o => o.Id).ToList();
        return new Proposition
        {
            Id = "p" + claims[0].Claim.Ref.ToString().Replace('/', '.'),
            Event = type,
            Subject = subject,
            Label = "deploy · " + subject.Describe(),
            Statement = claims[0].Claim.Claim.Text,
            Claims = claims,
            Origins = origins,
            Outlets = claims.Select(c => c.Claim.Outlet).Distinct().Count(),
            EffectiveSources = origins.Count,
        };
    }

    /// <summary>A picture of these propositions.</summary>
    public static StoryPicture Of(params Proposition[] propositions) =>
        new(propositions, [], [], [], propositions.Sum(p => p.Claims.Count), 0);
}
