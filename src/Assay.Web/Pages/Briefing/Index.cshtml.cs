using System.Text;
using Assay.Analysis.Briefing;
using Assay.Web.Services;
using Assay.Workspace.Briefing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assay.Web.Pages.Briefing;

/// <summary>The briefing rendered in the page (the body of the HTML briefing), with downloads as Markdown and HTML.</summary>
public sealed class IndexModel(StoreSession session, PictureCache pictures) : PageModel
{
    /// <summary>Only what was published on or after this date is new.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? Since { get; set; }

    /// <summary>The briefing's body: HTML the workspace's writer built with every text encoded and charts cleaned.</summary>
    public string? Body { get; private set; }

    /// <summary>Why the briefing could not be written, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Renders the briefing.</summary>
    public void OnGet()
    {
        try
        {
            var html = HtmlBriefingWriter.Write(Build());
            var start = html.IndexOf("<main>", StringComparison.Ordinal);
            var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
            Body = start >= 0 && end > start ? html[(start + "<main>".Length)..end] : html;
        }
        catch (BriefingLintException ex)
        {
            Problem = ex.Message;
        }
    }

    /// <summary>The briefing as a file: <c>format=md</c> (default) or <c>format=html</c>.</summary>
    public IActionResult OnGetDownload(string? format)
    {
        var briefing = Build();
        return format?.ToLowerInvariant() switch
        {
            "html" => File(Encoding.UTF8.GetBytes(HtmlBriefingWriter.Write(briefing)), "text/html; charset=utf-8", "briefing.html"),
            null or "" or "md" or "markdown" => File(Encoding.UTF8.GetBytes(MarkdownBriefingWriter.Write(briefing)), "text/markdown; charset=utf-8", "briefing.md"),
            _ => BadRequest(new ProblemDetails { Status = 400, Title = "Bad format", Detail = $"'{format}' is not a briefing format: use md or html." }),
        };
    }

    private Analysis.Briefing.Briefing Build()
    {
        var store = session.Store;
        return BriefingLoader.Build(store, pictures.Get(store), Since);
    }
}
