using Assay.Analysis.Story;
using Assay.Storage;
using Assay.Web.Pages.Support;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assay.Web.Pages;

/// <summary>The story dashboard: the strongest propositions, the newest claims, the contradictions and a timeline.</summary>
public sealed class IndexModel(StoreSession session, PictureCache pictures) : PageModel
{
    /// <summary>Propositions shown.</summary>
    public const int Strongest = 12;

    /// <summary>The whole picture.</summary>
    public StoryPicture Picture { get; private set; } = null!;

    /// <summary>The Admiralty code per proposition.</summary>
    public PropositionCredibility Credibility { get; private set; } = null!;

    /// <summary>Claims of the newest articles, newest first.</summary>
    public IReadOnlyList<StoredClaim> Newest { get; private set; } = [];

    /// <summary>Grouped claims per publication day.</summary>
    public Timeline Timeline { get; private set; } = null!;

    /// <summary>How much of the store the picture covers.</summary>
    public PictureScope Scope { get; private set; } = null!;

    /// <summary>Counts of what is stored.</summary>
    public StoreStats Stats { get; private set; } = null!;

    /// <summary>Builds (or reuses) the picture and reads the newest claims.</summary>
    public void OnGet()
    {
        var store = session.Store;
        Picture = pictures.Get(store);
        Scope = pictures.ScopeOf(store);
        Credibility = PropositionCredibility.Load(store, Picture);
        Stats = store.Stats();
        Newest = [.. store.Articles(6).SelectMany(a => store.Claims(new ClaimQuery { ArticleId = a.Id }).Reverse()).Take(12)];
        var perDay = Picture.Propositions.SelectMany(p => p.Claims)
            .Select(c => c.Claim)
            .DistinctBy(c => c.Ref)
            .Where(c => c.Published is not null)
            .GroupBy(c => c.Published!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        Timeline = Timeline.Build(perDay);
    }
}
