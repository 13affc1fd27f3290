using System.Text;
using Assay.Extraction.Reading;
using Assay.Workspace;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Assay.Web.Api;

/// <summary>Turns an ingest request (multipart files, a JSON body, or pasted text) into what the readers make of it.</summary>
internal static class ArticleUpload
{
    /// <summary>Extensions a file upload may carry; the reader is chosen by it.</summary>
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson"];

    /// <summary>The articles read from a buffered body, or a ProblemDetails when the request cannot be read at all.</summary>
    public static async Task<(List<ReadResult>? Reads, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, MemoryStream body, string? title, string? outlet, string? published, CancellationToken cancellationToken)
    {
        var type = request.ContentType is { } ct && MediaTypeHeaderValue.TryParse(ct, out var parsed) ? parsed.MediaType.Value : null;
        switch (type?.ToLowerInvariant())
        {
            case "multipart/form-data":
                request.Body = body;
                var form = await request.ReadFormAsync(cancellationToken);
                if (form.Files.Count == 0)
                {
                    return (null, ApiProblems.BadRequest("the multipart body holds no files: send each article as a file part"));
                }

                var reads = new List<ReadResult>();
                foreach (var file in form.Files)
                {
                    var name = Path.GetFileName(file.FileName);
                    var extension = Path.GetExtension(name).ToLowerInvariant();
                    if (!Extensions.Contains(extension))
                    {
                        reads.Add(ReadResult.Fail(name, $"{name}: '{extension}' is not a supported file type; send .txt, .md, .html, .json or .jsonl"));
                        continue;
                    }

                    using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    reads.AddRange(ArticleReader.Default.ReadText(await reader.ReadToEndAsync(cancellationToken), name, extension));
                }

                return (reads, null);

            case "application/json":
                return ([.. ArticleReader.Default.ReadText(Text(body), "body", "json")], null);

            case "application/x-ndjson" or "application/jsonl":
                return ([.. ArticleReader.Default.ReadText(Text(body), "body", "jsonl")], null);

            case "text/plain" or "text/markdown" or "text/html":
                if (!QueryValues.TryDate(published, "published", out var date, out var problem))
                {
                    return (null, problem);
                }

                var format = type switch { "text/markdown" => "md", "text/html" => "html", _ => "txt" };
                return ([.. ArticleReader.Default.ReadText(Text(body), "paste", format).Select(r => WithMetadata(r, title, outlet, date))], null);

            default:
                return (null, ApiProblems.UnsupportedType(
                    request.ContentType, "multipart/form-data files, application/json (an article or an array), application/x-ndjson, or text/plain"));
        }
    }

    private static string Text(MemoryStream body)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return reader.ReadToEnd();
    }

    /// <summary>The query's title, outlet and date over what the reader found in pasted text.</summary>
    private static ReadResult WithMetadata(ReadResult read, string? title, string? outlet, DateOnly? published) =>
        read.Article is not { } article
            ? read
            : read with
            {
                Article = article with
                {
                    Title = string.IsNullOrWhiteSpace(title) ? article.Title : title.Trim(),
                    Outlet = string.IsNullOrWhiteSpace(outlet) ? article.Outlet : outlet.Trim(),
                    Published = published ?? article.Published,
                },
            };
}
