using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Web.Pages.Support;
using Assay.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assay.Web.Pages.Articles;

/// <summary>The article reader: the text with its spans highlighted, and the details of the claim or quantity asked for
/// (<c>?claim=c3</c>, <c>?quantity=2</c>) in a panel the link jumps to.</summary>
public sealed class ShowModel(StoreSession session, PictureCache pictures) : PageModel
{
    /// <summary>The article's id.</summary>
    public long Id { get; private set; }

    /// <summary>The whole extraction.</summary>
    public ArticleExtraction Extraction { get; private set; } = null!;

    /// <summary>The text cut into blocks and runs.</summary>
    public IReadOnlyList<TextBlock> Blocks { get; private set; } = [];

    /// <summary>The claim whose details are shown, if one was asked for.</summary>
    public Claim? Selected { get; private set; }

    /// <summary>The quantity whose details are shown, if one was asked for.</summary>
    public Quantity? SelectedQuantity { get; private set; }

    /// <summary>The origin the selected claim resolves to, when it joined a proposition.</summary>
    public Origin? Origin { get; private set; }

    /// <summary>The propositions the selected claim joins.</summary>
    public IReadOnlyList<Proposition> Propositions { get; private set; } = [];

    /// <summary>Loads the article; 404 when there is none with this id.</summary>
    public IActionResult OnGet(long id, string? claim, int? quantity)
    {
        var store = session.Store;
        if (store.LoadExtraction(id) is not { } extraction)
        {
            return NotFound();
        }

        Id = id;
        Extraction = extraction;
        Blocks = ArticleMarkup.Blocks(extraction);
        if (quantity is { } q && q >= 0 && q < extraction.Quantities.Count)
        {
            SelectedQuantity = extraction.Quantities[q];
            claim ??= extraction.Claims.FirstOrDefault(c => c.QuantityIndex == q)?.Id;
        }

        if (claim is not null && extraction.Claims.FirstOrDefault(c => c.Id == claim) is { } selected)
        {
            Selected = selected;
            if (selected.QuantityIndex is { } qi && qi < extraction.Quantities.Count)
            {
                SelectedQuantity = extraction.Quantities[qi];
            }

            var reference = new ClaimRef(id, selected.Id);
            Propositions = [.. pictures.Get(store).Propositions.Where(p => p.Claims.Any(c => c.Claim.Ref == reference))];
            Origin = Propositions.SelectMany(p => p.Claims).FirstOrDefault(c => c.Claim.Ref == reference)?.Origin;
        }

        return Page();
    }

    /// <summary>Where a quantity links: its claim's details, or its own when no claim carries it.</summary>
    public string QuantityHref(int index) =>
        Extraction.Claims.FirstOrDefault(c => c.QuantityIndex == index) is { } c
            ? $"/articles/{Id}?claim={Uri.EscapeDataString(c.Id)}#details"
            : $"/articles/{Id}?quantity={index}#details";
}
