using Assay.Analysis.Story;
using Assay.Web.Pages.Support;
using Assay.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assay.Web.Pages.Origins;

/// <summary>The origins graph: origin → via → outlet, sized by claims, and the origins most outlets rest on.</summary>
public sealed class IndexModel(StoreSession session, PictureCache pictures) : PageModel
{
    /// <summary>The laid-out graph.</summary>
    public OriginGraph Graph { get; private set; } = null!;

    /// <summary>Each origin with the outlets that carried its claims, most outlets first.</summary>
    public IReadOnlyList<(Origin Origin, int Outlets, int Claims)> Reach { get; private set; } = [];

    /// <summary>Lays out the graph of the current picture.</summary>
    public void OnGet()
    {
        var picture = pictures.Get(session.Store);
        Graph = OriginGraph.Build(picture);
        Reach = [.. picture.Propositions.SelectMany(p => p.Claims).DistinctBy(c => c.Claim.Ref)
            .GroupBy(c => c.Origin.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Origin, g.Select(c => c.Claim.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Count(), g.Count()))
            .OrderByDescending(x => x.Item2).ThenByDescending(x => x.Item3).Take(15)];
    }
}
