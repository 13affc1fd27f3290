using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Assay.Web.Tests.Api;

/// <summary>POST /articles: pasted text, JSON, multipart uploads, repeats, malformed and oversized bodies.</summary>
public sealed class IngestApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Pasted =
        "Seoul's spy agency told lawmakers on Tuesday that about 2,000 more soldiers had been moved to the border region.\n\n"
        + "The agency said it could not confirm how many had reached the front line.";

    [Fact]
    public async Task Ingest_PastedText_StoredOnceWithTheQueryMetadata()
    {
        // Given a writable copy of the samples store
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);

        // When a text is pasted with a title, outlet and date, then pasted again
        const string path = "/api/v1/articles?title=Spy%20agency%20briefs%20lawmakers&outlet=Test%20Wire&published=2025-03-04";
        var (firstStatus, first) = await Http.Post(client, path, new StringContent(Pasted, Encoding.UTF8, "text/plain"));
        var (secondStatus, second) = await Http.Post(client, path, new StringContent(Pasted, Encoding.UTF8, "text/plain"));

        // Then the first is created with its metadata, the repeat is found and not stored twice
        Assert.Equal(HttpStatusCode.Created, firstStatus);
        Assert.Equal(1, first.GetProperty("added").GetInt32());
        var outcome = first.GetProperty("outcomes")[0];
        Assert.True(outcome.GetProperty("added").GetBoolean());
        var id = outcome.GetProperty("article_id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.Equal(0, second.GetProperty("added").GetInt32());
        Assert.Equal(1, second.GetProperty("existing").GetInt32());
        Assert.Equal(id, second.GetProperty("outcomes")[0].GetProperty("article_id").GetInt64());
        Assert.Equal(before + 1, await Http.ArticleCount(client));
        var (_, article) = await Http.Get(client, $"/api/v1/articles/{id}");
        Assert.Equal("Spy agency briefs lawmakers", article.Str("title"));
        Assert.Equal("Test Wire", article.Str("outlet"));
        Assert.Equal("2025-03-04", article.Str("published"));
    }

    [Fact]
    public async Task Ingest_ScriptInTitleAndText_ServedAsInertJson()
    {
        // Given a writable copy of the samples store
        await using var factory = api.Writable();
        using var client = factory.CreateClient();

        // When an article whose title and text carry a script tag is pasted and read back
        var (_, result) = await Http.Post(
            client,
            "/api/v1/articles?title=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            new StringContent("Officials said <script>alert(2)</script> about 500 soldiers had moved north.", Encoding.UTF8, "text/plain"));
        var id = result.GetProperty("outcomes")[0].GetProperty("article_id").GetInt64();
        var (status, type, raw) = await Http.Text(client, $"/api/v1/articles/{id}");

        // Then the JSON carries the words intact but never a raw tag a browser could run
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        var (_, article) = await Http.Get(client, $"/api/v1/articles/{id}");
        Assert.Equal("<script>alert(1)</script>", article.Str("title"));
    }

    [Fact]
    public async Task Ingest_JsonArray_StoresEachArticle()
    {
        // Given a writable copy of the samples store
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);

        // When two articles are sent as a JSON array
        object[] body =
        [
            new { title = "Ministry reports new shipments", outlet = "Test Wire", published = "2025-02-01", url = "https://example.org/a", text = "The ministry said 40 rail cars of shells crossed the border last week." },
            new { title = "Officials doubt the shipment count", outlet = "Test Daily", published = "2025-02-03", url = "https://example.org/b", text = "Two officials said the real number of rail cars was closer to 25." },
        ];
        var (status, result) = await Http.Send(client, HttpMethod.Post, "/api/v1/articles", body);

        // Then both are created and listed
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Equal(before + 2, await Http.ArticleCount(client));
        var (_, list) = await Http.Get(client, "/api/v1/articles?outlet=Test%20Daily");
        Assert.Equal("Officials doubt the shipment count", list.Items().Single().Str("title"));
    }

    [Fact]
    public async Task Ingest_MalformedJson_400NamingTheLineAndNothingStored()
    {
        // Given a writable copy of the samples store
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);

        // When a JSON body breaks on its third line
        const string broken = "[\n  {\"title\": \"One\", \"text\": \"Some words.\"},\n  {\"title\": oops}\n]";
        var (status, problem) = await Http.Post(client, "/api/v1/articles", new StringContent(broken, Encoding.UTF8, "application/json"));

        // Then it is a 400 whose detail names the line, and nothing is stored
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("line 3", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(before, await Http.ArticleCount(client));
    }

    [Fact]
    public async Task Ingest_OverTheUploadLimit_413AndNothingStored()
    {
        // Given a writable copy of the samples store and an upload limit of 2,000 bytes
        await using var factory = api.Writable(new Dictionary<string, string?> { ["Assay:MaxUploadBytes"] = "2000" });
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);

        // When 5,000 bytes of text are pasted, and a small text after it
        var big = string.Concat(Enumerable.Repeat("The agency repeated its estimate of the deployment. ", 100));
        var (status, problem) = await Http.Post(client, "/api/v1/articles", new StringContent(big, Encoding.UTF8, "text/plain"));
        var (smallStatus, _) = await Http.Post(client, "/api/v1/articles", new StringContent(Pasted, Encoding.UTF8, "text/plain"));

        // Then the big one gets a 413 ProblemDetails and stores nothing; the small one is still accepted
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("2,000", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, smallStatus);
        Assert.Equal(before + 1, await Http.ArticleCount(client));
    }

    [Fact]
    public async Task Ingest_MultipartFiles_ReaderChosenByExtension()
    {
        // Given a writable copy of the samples store
        await using var factory = api.Writable();
        using var client = factory.CreateClient();
        var before = await Http.ArticleCount(client);

        // When a Markdown file, an HTML file and an unsupported file are uploaded together
        using var form = new MultipartFormDataContent();
        form.Add(File("# Border crossings rise\n\nGuards counted 300 trucks at the crossing on Monday, officials said.", "text/markdown"), "files", "crossings.md");
        form.Add(File(PortPage, "text/html"), "files", "port.html");
        form.Add(File("binary", "application/octet-stream"), "files", "notes.docx");
        var (status, result) = await Http.Post(client, "/api/v1/articles", form);

        // Then the two readable files are stored with their titles, and the third is refused by name
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(2, result.GetProperty("added").GetInt32());
        Assert.Equal(1, result.GetProperty("refused").GetInt32());
        var outcomes = result.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal(["crossings.md", "port.html", "notes.docx"], outcomes.Select(o => o.Str("location")));
        Assert.Contains("notes.docx", outcomes[2].Str("error"), StringComparison.Ordinal);
        Assert.Equal(before + 2, await Http.ArticleCount(client));
        var (_, md) = await Http.Get(client, $"/api/v1/articles/{outcomes[0].GetProperty("article_id").GetInt64()}");
        var (_, html) = await Http.Get(client, $"/api/v1/articles/{outcomes[1].GetProperty("article_id").GetInt64()}");
        Assert.Equal("Border crossings rise", md.Str("title"));
        Assert.Equal("Port reopens", html.Str("title"));
    }

    [Fact]
    public async Task Ingest_UnsupportedContentType_415()
    {
        // Given a writable copy of the samples store
        await using var factory = api.Writable();
        using var client = factory.CreateClient();

        // When a body of an unknown type is sent
        var (status, problem) = await Http.Post(client, "/api/v1/articles", File("x", "application/pdf"));

        // Then it is refused with a ProblemDetails saying what to send
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("application/json", problem.Str("detail"), StringComparison.Ordinal);
    }

    private const string PortPage =
        "<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>"
        + "<p>The northern port reopened on Friday after a week of closure, its director told reporters at the gate.</p>"
        + "<p>He said about 150 vessels had waited offshore and that inspections would continue through the month.</p>"
        + "<p>Shipping agents said the closure had cost traders several million dollars, though none would give a figure on the record.</p>"
        + "<p>A spokesman for the transport ministry declined to say why the port had been shut, citing an ongoing review of security at the docks.</p>"
        + "<p>Local fishermen, who were allowed back to their berths on Saturday morning, said the harbour was quieter than usual but open again.</p>"
        + "</article></body></html>";

    private static ByteArrayContent File(string text, string type)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }
}
