using System.Text;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Interop.Fetching;
using Assay.Storage;
using Assay.Web.Services;
using Assay.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Assay.Web.Pages.Articles;

/// <summary>The stored articles, newest first, or the full-text matches of <c>?q=</c>; and a form to add articles by
/// upload or pasted text.</summary>
public sealed class IndexModel(StoreSession session, IOptions<WebOptions> options) : PageModel
{
    /// <summary>Articles per page.</summary>
    public const int PageSize = 50;

    /// <summary>The full-text query, when searching.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The page, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>This page of articles.</summary>
    public IReadOnlyList<StoredArticle> Articles { get; private set; } = [];

    /// <summary>Search hits, when searching.</summary>
    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    /// <summary>True when there is a page after this one.</summary>
    public bool HasMore { get; private set; }

    /// <summary>What the last ingest did, one line per input.</summary>
    public IReadOnlyList<IntakeOutcome> Outcomes { get; private set; } = [];

    /// <summary>Lists or searches.</summary>
    public void OnGet() => Load();

    /// <summary>Reads an uploaded file, the page at an address, or pasted text; extracts and stores it.</summary>
    public async Task<IActionResult> OnPostIngestAsync(IFormFile? file, string? text, string? format, string? url)
    {
        var limit = options.Value.MaxUploadBytes;
        var reader = new ArticleReader { MaxBytes = limit };
        IEnumerable<ReadResult> reads;
        if (file is { Length: > 0 })
        {
            if (file.Length > limit)
            {
                return new ObjectResult(new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Too large",
                    Detail = $"The file is {file.Length:N0} bytes, over the limit of {limit:N0} bytes; nothing was stored.",
                })
                { StatusCode = StatusCodes.Status413PayloadTooLarge };
            }

            using var content = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            var name = Path.GetFileName(file.FileName);
            reads = reader.ReadText(await content.ReadToEndAsync(HttpContext.RequestAborted), name, string.IsNullOrWhiteSpace(format) ? Path.GetExtension(name) : format);
        }
        else if (!string.IsNullOrWhiteSpace(url))
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            {
                ModelState.AddModelError(string.Empty, $"'{url}' is not an http or https address.");
                Load();
                return Page();
            }

            // The guarded fetcher, as POST /api/v1/imports/url uses it: no private addresses unless the server allows them.
            using var fetcher = new SafeFetcher(options.Value.PageFetching());
            reads = await Task.Run(() => UrlArticleReader.Read(fetcher, address, reader, HttpContext.RequestAborted), HttpContext.RequestAborted);
        }
        else if (!string.IsNullOrWhiteSpace(text))
        {
            reads = reader.ReadText(text, "pasted text", string.IsNullOrWhiteSpace(format) ? null : format);
        }
        else
        {
            ModelState.AddModelError(string.Empty, "Choose a file, give an address or paste the article's text.");
            Load();
            return Page();
        }

        Outcomes = ArticleIntake.Store(session.Store, reads.ToList(), ExtractionPipeline.Default);
        if (Outcomes is [{ ArticleId: { } id, Error: null }])
        {
            return Redirect($"/articles/{id}");
        }

        Load();
        return Page();
    }

    private void Load()
    {
        PageNumber = Math.Max(1, PageNumber);
        var store = session.Store;
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Hits = store.Search(Query.Trim(), 100);
            return;
        }

        // This page and one more article, read by the database from the page's offset.
        var page = store.Articles(new ArticleQuery { Offset = (PageNumber - 1) * PageSize, Limit = PageSize + 1 });
        HasMore = page.Count > PageSize;
        Articles = [.. page.Take(PageSize)];
    }
}
