using Assay.Analysis.Estimates;
using Assay.Web.Services;
using Assay.Workspace;
using Assay.Workspace.Briefing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assay.Web.Pages.Estimates;

/// <summary>Estimates: every counted subject, or one subject's chart (ranges as bars, origins as series, revisions marked,
/// the pooled range shaded) with its table.</summary>
public sealed class IndexModel(StoreSession session, PictureCache pictures) : PageModel
{
    /// <summary>Every subject's series.</summary>
    public IReadOnlyList<SubjectSeries> All { get; private set; } = [];

    /// <summary>The series of the subject asked for, when one was.</summary>
    public SubjectSeries? Series { get; private set; }

    /// <summary>Its chart as inline SVG, cleaned of anything that could reach outside the page.</summary>
    public string? Chart { get; private set; }

    /// <summary>The pooled group the chart shades: the largest assessment group with a linear pool.</summary>
    public PooledEstimate? Pooled => Series?.Pool.Groups
        .Where(g => g.Key.Status == EstimateStatus.Assessment && g.LinearPool is not null)
        .OrderByDescending(g => g.Estimates.Count)
        .ThenByDescending(g => g.TotalWeight)
        .FirstOrDefault();

    /// <summary>The link to a subject's page.</summary>
    public static string Href(SubjectSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return "/estimates/" + Uri.EscapeDataString(series.Key);
    }

    /// <summary>The index, or one subject (by key, else the first whose name contains the text); 404 for none.</summary>
    public IActionResult OnGet(string? subject)
    {
        var store = session.Store;
        All = SeriesBuilder.Build(pictures.Get(store), JudgmentLoader.PoolingGrade(store));
        if (string.IsNullOrWhiteSpace(subject))
        {
            return Page();
        }

        Series = All.FirstOrDefault(s => s.Key == subject) ?? SeriesBuilder.Matching(All, subject).FirstOrDefault();
        if (Series is null)
        {
            return NotFound();
        }

        Chart = BriefingSvg.Inline(Series, "chart");
        return Page();
    }
}
