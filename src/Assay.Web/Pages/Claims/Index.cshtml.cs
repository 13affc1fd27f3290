using System.Text;
using Assay.Core.Claims;
using Assay.Storage;
using Assay.Web.Pages.Support;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StanceKind = Assay.Core.Claims.Stance;

namespace Assay.Web.Pages.Claims;

/// <summary>The claims explorer: filters, words, full-text search over the articles, sorting and paging, and the current
/// view as CSV or JSON.</summary>
public sealed class IndexModel(StoreSession session) : PageModel
{
    /// <summary>Claims read at most for one view, so a huge store still answers.</summary>
    public const int Ceiling = 20_000;

    /// <summary>Sort orders offered.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Sorts =
        [("newest", "newest first"), ("oldest", "oldest first"), ("source", "source"), ("certainty", "most certain first"), ("outlet", "outlet")];

    /// <summary>Substring of the counted subject or theme.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    /// <summary>Substring of the source or a via.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    /// <summary>Stance name ("asserted").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Stance { get; set; }

    /// <summary>Event name ("deploy").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Event { get; set; }

    /// <summary>Published on or after.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Since { get; set; }

    /// <summary>Published on or before.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Until { get; set; }

    /// <summary>Words in the claim's subject, source, place or agent.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Words { get; set; }

    /// <summary>Full-text search over article text: only claims of matching articles.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>Sort order (see <see cref="Sorts"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>Page from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Claims per page.</summary>
    [BindProperty(SupportsGet = true)]
    public int Size { get; set; } = 50;

    /// <summary>All claims of the view, sorted.</summary>
    public IReadOnlyList<StoredClaim> Matches { get; private set; } = [];

    /// <summary>This page of the view.</summary>
    public IReadOnlyList<StoredClaim> Shown { get; private set; } = [];

    /// <summary>A filter that could not be read, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The page.</summary>
    public IActionResult OnGet()
    {
        if (!Load())
        {
            return BadView();
        }

        Shown = [.. Matches.Skip((PageNumber - 1) * Size).Take(Size)];
        return Page();
    }

    /// <summary>The whole view as CSV, with the CLI's columns.</summary>
    public IActionResult OnGetCsv() =>
        Load() ? File(Encoding.UTF8.GetBytes(ClaimRows.Csv(Matches)), "text/csv; charset=utf-8", "claims.csv") : BadView();

    /// <summary>The whole view as JSON objects with the CSV's column names.</summary>
    public IActionResult OnGetJson() =>
        Load() ? File(Encoding.UTF8.GetBytes(ClaimRows.Json(Matches)), "application/json; charset=utf-8", "claims.json") : BadView();

    /// <summary>The query string of this view with one value changed (paging, downloads).</summary>
    public string Link(string? handler = null, int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("subject", Subject), new("source", Source), new("stance", Stance), new("event", Event),
            new("since", Since is { } s ? IsoDates.Format(s) : null), new("until", Until is { } u ? IsoDates.Format(u) : null),
            new("words", Words), new("q", Query), new("sort", Sort),
            new("page", page is { } p ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
            new("handler", handler),
        };
        return "/claims" + Microsoft.AspNetCore.Http.QueryString.Create(pairs.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    private bool Load()
    {
        PageNumber = Math.Max(1, PageNumber);
        Size = Math.Clamp(Size, 10, 500);
        StanceKind? stance = null;
        EventType? eventType = null;
        if (!string.IsNullOrWhiteSpace(Stance))
        {
            if (!EnumNames.TryParse<StanceKind>(Stance, out var st))
            {
                Problem = $"'{Stance}' is not a stance: use one of {EnumNames.List<StanceKind>()}";
                return false;
            }

            stance = st;
        }

        if (!string.IsNullOrWhiteSpace(Event))
        {
            if (!EnumNames.TryParse<EventType>(Event, out var ev))
            {
                Problem = $"'{Event}' is not an event type: use one of {EnumNames.List<EventType>()}";
                return false;
            }

            eventType = ev;
        }

        var store = session.Store;
        var query = new ClaimQuery
        {
            Subject = Blank(Subject),
            Source = Blank(Source),
            Text = Blank(Words),
            Stance = stance,
            Event = eventType,
            Since = Since,
            Limit = Ceiling,
        };
        IEnumerable<StoredClaim> claims;
        if (Blank(Query) is { } text)
        {
            claims = store.Search(text, 200).SelectMany(hit => store.Claims(query with { ArticleId = hit.ArticleId }));
        }
        else
        {
            claims = store.Claims(query);
        }

        if (Until is { } until)
        {
            claims = claims.Where(c => c.Published is null || c.Published <= until);
        }

        Matches = (Sort switch
        {
            "oldest" => claims.OrderBy(c => c.Published).ThenBy(c => c.ArticleId),
            "source" => claims.OrderBy(c => c.Claim.Source, StringComparer.OrdinalIgnoreCase).ThenByDescending(c => c.Published),
            "certainty" => claims.OrderByDescending(c => c.Claim.Certainty).ThenByDescending(c => c.Published),
            "outlet" => claims.OrderBy(c => c.Outlet, StringComparer.OrdinalIgnoreCase).ThenByDescending(c => c.Published),
            _ => claims.OrderByDescending(c => c.Published).ThenByDescending(c => c.ArticleId),
        }).ToList();
        return true;
    }

    private BadRequestObjectResult BadView() =>
        BadRequest(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Bad filter", Detail = Problem });

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
