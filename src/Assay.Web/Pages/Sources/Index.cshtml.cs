using Assay.Analysis.Reliability;
using Assay.Core.Sources;
using Assay.Storage;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assay.Web.Pages.Sources;

/// <summary>Sources: every origin with the analyst's grade (editable: a form per origin records a grade decision as
/// <c>assay grade</c> does), the learned reliability, hits, misses and interval score.</summary>
public sealed class IndexModel(StoreSession session, PictureCache pictures) : PageModel
{
    /// <summary>Each origin's track record, most claims first.</summary>
    public IReadOnlyList<OriginRecord> Records { get; private set; } = [];

    /// <summary>Sources the store credits whose claims joined no proposition (no origin id, nothing to grade).</summary>
    public IReadOnlyList<SourceSummary> Ungrouped { get; private set; } = [];

    /// <summary>What the last post did, or null.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>The table.</summary>
    public void OnGet() => Load();

    /// <summary>Records the grade <paramref name="letter"/> of origin <paramref name="origin"/> with an optional note.</summary>
    public IActionResult OnPostGrade(string? origin, string? letter, string? note)
    {
        var store = session.Store;
        var picture = pictures.Get(store);
        var found = picture.Propositions.SelectMany(p => p.Claims).Select(c => c.Origin)
            .FirstOrDefault(o => string.Equals(o.Id, origin, StringComparison.Ordinal));
        if (found is null)
        {
            return BadRequest(new ProblemDetails { Status = 400, Title = "Unknown origin", Detail = $"No origin '{origin}' in the story: the sources page lists them." });
        }

        if (string.IsNullOrWhiteSpace(letter) || AdmiraltyScale.FindReliability(letter.Trim()) is not { } level)
        {
            return BadRequest(new ProblemDetails { Status = 400, Title = "Bad grade", Detail = $"'{letter}' is not an Admiralty reliability letter: use A to F." });
        }

        var decision = AnalystDecisions.Grade(store, found.Id, level.Code, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        Message = $"Graded {found.Name} {level.Code} ({level.Name.ToLowerInvariant()}), decision #{decision.Id}; 'assay undo {decision.Id}' reverses it.";
        return Redirect("/sources#" + Anchor(found.Id));
    }

    /// <summary>An element id for an origin.</summary>
    public static string Anchor(string originId) =>
        "origin-" + new string([.. (originId ?? string.Empty).Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-')]);

    private void Load()
    {
        var store = session.Store;
        var picture = pictures.Get(store);
        Records = [.. JudgmentLoader.Records(store, picture).OrderByDescending(r => r.Claims).ThenBy(r => r.Origin.Name, StringComparer.Ordinal)];
        var grouped = picture.Propositions.SelectMany(p => p.Claims).Select(c => c.Claim.Claim.Source).ToHashSet(StringComparer.Ordinal);
        Ungrouped = [.. store.Sources().Where(s => !grouped.Contains(s.Source)).OrderByDescending(s => s.Claims)];
    }
}
