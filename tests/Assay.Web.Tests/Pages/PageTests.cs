using System.Net;
using System.Text.Json;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Web.Tests.Support;
using Assay.Workspace;
using Assay.Workspace.Ach;
using Microsoft.Extensions.DependencyInjection;

namespace Assay.Web.Tests.Pages;

/// <summary>Every page over the samples store, the reader's highlights and details, downloads, and the forms that
/// record decisions.</summary>
public sealed class PageTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "Strongest propositions" },
        { "/articles", "Add articles" },
        { "/articles?q=Kursk", "matches for" },
        { "/claims", "download this view" },
        { "/claims?stance=denied&sort=source", "download this view" },
        { "/estimates", "Estimates" },
        { "/sources", "Reliability" },
        { "/origins", "Origins by reach" },
        { "/ach", "New matrix" },
        { "/briefing", "Download as" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_EveryPage_Answers200WithItsContent(string path, string expected)
    {
        // Given the app over the samples
        await using var factory = new AssayWebFactory(samples.Db);
        using var client = factory.CreateClient();

        // When the page is asked for
        var html = await client.GetPage(path);

        // Then it answers with its content inside the layout
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.Contains("href=\"#content\"", html, StringComparison.Ordinal);
        Assert.Contains("/css/site.css", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_StoreLargerThanPictureClaims_PicturesTheNewestAndSaysSo()
    {
        // Given the app over the samples, allowed to picture 40 claims
        await using var factory = new AssayWebFactory(samples.Db, new Dictionary<string, string?> { ["Assay:PictureClaims"] = "40" });
        using var client = factory.CreateClient();
        int claims;
        using (var store = StoreFactory.Open(samples.Db))
        {
            claims = store.Stats().Claims;
        }

        // When the dashboard is opened
        var html = await client.GetPage("/");

        // Then the picture holds the newest 40 claims only, and the page says from how many of how many it is built
        Assert.True(claims > 40, $"the samples hold only {claims} claims");
        Assert.Contains($"built from the newest 40 of {claims.ToString(System.Globalization.CultureInfo.InvariantCulture)} claims", html, StringComparison.Ordinal);
        using (var store = StoreFactory.Open(samples.Db))
        {
            var picture = factory.Services.GetRequiredService<Assay.Web.Services.PictureCache>().Get(store);
            Assert.Equal(40, picture.ClaimCount);
        }
    }

    [Fact]
    public async Task Dashboard_StoreWithinPictureClaims_PicturesEveryClaimWithoutNotice()
    {
        // Given the app over the samples with the default limit
        await using var factory = new AssayWebFactory(samples.Db);
        using var client = factory.CreateClient();

        // When the dashboard is opened
        var html = await client.GetPage("/");

        // Then nothing is said about a partial picture
        Assert.DoesNotContain("built from the newest", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_NisArticle_HighlightsTheFigureAndShowsItsSource()
    {
        // Given the samples and the Yonhap report of the NIS's figure of more than 10,000 troops
        var (id, source) = FindQuantity("10,000", "NIS");
        await using var factory = new AssayWebFactory(samples.Db);
        using var client = factory.CreateClient();

        // When the reader is opened and the figure's link followed
        var html = await client.GetPage($"/articles/{id}");
        var link = System.Text.RegularExpressions.Regex.Match(html, "<a class=\"quantity\" href=\"([^\"]+)\"[^>]*>([^<]*10,000[^<]*)</a>");
        Assert.True(link.Success, "the figure 10,000 is not a highlighted link");
        var details = await client.GetPage(WebUtility.HtmlDecode(link.Groups[1].Value));

        // Then the details panel names the claim's source and chain
        Assert.Contains("id=\"details\"", details, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"source\"", details, StringComparison.Ordinal);
        Assert.Contains(source, WebUtility.HtmlDecode(Between(details, "data-testid=\"chain\"", "</dd>")), StringComparison.Ordinal);
        Assert.Contains("10,000", Between(details, "data-testid=\"figure\"", "</dd>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_UnknownArticle_Answers404()
    {
        // Given the app over the samples
        await using var factory = new AssayWebFactory(samples.Db);
        using var client = factory.CreateClient();

        // When an article that does not exist is asked for
        using var response = await client.GetAsync(new Uri("/articles/987654", UriKind.Relative));

        // Then it is not found
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Estimates_Subject_DrawsTheChartAndTable()
    {
        // Given the samples' first estimate subject
        await using var factory = new AssayWebFactory(samples.Db);
        using var client = factory.CreateClient();
        var index = await client.GetPage("/estimates");
        var href = System.Text.RegularExpressions.Regex.Match(index, "href=\"(/estimates/[^\"]+)\"");
        Assert.True(href.Success, "the estimates index links no subject");

        // When its page is opened
        var html = await client.GetPage(WebUtility.HtmlDecode(href.Groups[1].Value));

        // Then the chart is inline SVG without script, with the table under it
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Carried by", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimsCsv_FilteredView_HasTheCliColumnsAndOnlyMatchingRows()
    {
        // Given the app over the samples
        await using var factory = new AssayWebFactory(samples.Db);
        using var client = factory.CreateClient();

        // When the denied claims are downloaded as CSV and as JSON
        var csv = await client.GetPage("/claims?stance=denied&handler=csv");
        var json = await client.GetPage("/claims?stance=denied&handler=json");

        // Then the CSV has the CLI's header and the JSON holds only denials, as many as the CSV's rows
        Assert.StartsWith("published,outlet,article_id,claim_id,source,source_type,via,stance,certainty,", csv, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var rows = doc.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("denied", r.GetProperty("stance").GetString()));
        using var store = StoreFactory.Open(samples.Db);
        Assert.Equal(store.Claims(new Storage.ClaimQuery { Stance = Core.Claims.Stance.Denied }).Count, rows.Count);
    }

    [Fact]
    public async Task Claims_UnknownStance_Answers400()
    {
        // Given the app over the samples
        await using var factory = new AssayWebFactory(samples.Db);
        using var client = factory.CreateClient();

        // When a stance that does not exist is asked for
        using var response = await client.GetAsync(new Uri("/claims?stance=shouted", UriKind.Relative));

        // Then it is a bad request that says why
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a stance", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesGrade_Posted_RecordsAGradeDecision()
    {
        // Given a copy of the samples and one origin on the sources page
        var db = samples.Copy();
        await using var factory = new AssayWebFactory(db);
        using var client = factory.CreateClient();
        var page = await client.GetPage("/sources");
        var origin = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"origin\" value=\"([^\"]+)\"").Groups[1].Value);
        Assert.NotEmpty(origin);

        // When the analyst grades it B with a note
        using var response = await client.PostForm("/sources", "/sources?handler=Grade", new Dictionary<string, string> { ["origin"] = origin, ["letter"] = "B", ["note"] = "checked" });

        // Then the history holds the grade as the CLI records it, and the page it returns to says so
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Graded", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = StoreFactory.Open(db);
        var grade = Assert.Single(store.Decisions(JudgmentLoader.Grade));
        Assert.Equal((origin, "B", "checked"), (grade.Subject, grade.Value, grade.Note));
    }

    [Fact]
    public async Task SourcesGrade_WithoutToken_IsRefusedAndRecordsNothing()
    {
        // Given a copy of the samples
        var db = samples.Copy();
        await using var factory = new AssayWebFactory(db);
        using var client = factory.CreateClient();

        // When a grade is posted without the anti-forgery token
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["origin"] = "x", ["letter"] = "A" });
        using var response = await client.PostAsync(new Uri("/sources?handler=Grade", UriKind.Relative), content);

        // Then it is refused and nothing is recorded
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var store = StoreFactory.Open(db);
        Assert.Empty(store.Decisions());
    }

    [Fact]
    public async Task Ach_CreateAddAndRate_BuildsTheMatrixThroughTheHistory()
    {
        // Given a copy of the samples
        var db = samples.Copy();
        await using var factory = new AssayWebFactory(db);
        using var client = factory.CreateClient();

        // When a matrix is created, given two hypotheses and an item, and the item rated against both
        (await client.PostForm("/ach", "/ach?handler=New", new Dictionary<string, string> { ["matrix"] = "intent", ["title"] = "Why were troops sent?" })).Dispose();
        (await client.PostForm("/ach/intent", "/ach/intent?handler=Hypothesis", new Dictionary<string, string> { ["name"] = "intent", ["text"] = "Combat role" })).Dispose();
        (await client.PostForm("/ach/intent", "/ach/intent?handler=Hypothesis", new Dictionary<string, string> { ["name"] = "intent", ["text"] = "Labour only" })).Dispose();
        (await client.PostForm("/ach/intent", "/ach/intent?handler=Evidence", new Dictionary<string, string> { ["name"] = "intent", ["text"] = "Soldiers reported near the front", ["credibility"] = "high" })).Dispose();
        (await client.PostForm("/ach/intent", "/ach/intent?handler=Rate", new Dictionary<string, string> { ["name"] = "intent", ["evidence"] = "E1", ["rating-H1"] = "C", ["rating-H2"] = "II" })).Dispose();

        // Then the history replays into that matrix, and its page shows the scores
        using var store = StoreFactory.Open(db);
        var matrix = Assert.Single(AchLoader.Load(store)).Matrix;
        Assert.Equal(["Combat role", "Labour only"], matrix.Hypotheses.Select(h => h.Text));
        Assert.Equal(Analysis.Ach.AchRating.C, matrix.Rating("E1", "H1"));
        Assert.Equal(Analysis.Ach.AchRating.II, matrix.Rating("E1", "H2"));
        var html = await client.GetPage("/ach/intent");
        Assert.Contains("Diagnosticity", html, StringComparison.Ordinal);
        Assert.Contains("Why were troops sent?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EveryPage_ChangesNothingInTheStore()
    {
        // Given a copy of the samples and its view stamp
        var db = samples.Copy();
        string before;
        using (var store = StoreFactory.Open(db))
        {
            before = store.ViewStamp();
        }

        await using var factory = new AssayWebFactory(db);
        using var client = factory.CreateClient();

        // When every page and download is read
        foreach (var path in Pages.Select(row => (string)row[0]).Concat(["/claims?handler=csv", "/briefing?handler=download&format=html", "/briefing?handler=download&format=md"]))
        {
            await client.GetPage(path);
        }

        // Then nothing was added or decided
        using var after = StoreFactory.Open(db);
        Assert.Equal(before, after.ViewStamp());
        Assert.Empty(after.Decisions(includeUndone: true));
    }

    [Fact]
    public async Task Reader_ScriptInTitleAndBody_RendersAsText()
    {
        // Given a store holding an article whose title and body carry script tags
        var db = samples.Copy();
        long id;
        using (var store = StoreFactory.Open(db))
        {
            // The readers strip markup, so the article is built directly, as a hostile feed could deliver it.
            var body = Core.Articles.Article.FromText("The agency said <script>alert('body')</script> that 2,000 troops <img src=x onerror=alert(1)> moved to the border on Monday.");
            var article = body with { Title = "<script>alert('title')</script> Troops moved", Outlet = "<b>Outlet</b>" };
            var outcome = Assert.Single(ArticleIntake.Store(store, [new ReadResult("hostile", article, null)], ExtractionPipeline.Default));
            id = outcome.ArticleId!.Value;
        }

        await using var factory = new AssayWebFactory(db);
        using var client = factory.CreateClient();

        // When the list and the reader show it
        var list = await client.GetPage("/articles");
        var reader = await client.GetPage($"/articles/{id}");

        // Then the tags arrive encoded, as text, never as markup
        foreach (var html in new[] { list, reader })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>Outlet", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)", reader, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;body&#x27;)", reader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlesIngest_PastedText_StoresItAndOpensTheReader()
    {
        // Given an empty copy-free store: the samples copy
        var db = samples.Copy();
        await using var factory = new AssayWebFactory(db);
        using var client = factory.CreateClient();

        // When an article is pasted into the form
        using var response = await client.PostForm("/articles", "/articles?handler=Ingest", new Dictionary<string, string>
        {
            ["text"] = "# Border report\n\nOfficials said on Tuesday that 4,500 soldiers had crossed the river.\n",
            ["format"] = "md",
        });

        // Then it is stored and the answer is its reader
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Border report", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var store = StoreFactory.Open(db);
        Assert.Contains(store.Articles(), a => a.Title == "Border report");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ArticlesIngest_Address_FetchedOnlyWhereTheServerAllowsPrivateAddresses(bool allowPrivate)
    {
        // Given an article on a local server, and the app allowed (or not) to fetch private addresses
        using var server = new Assay.Testing.Http.TestServer(_ => Assay.Testing.Http.TestResponse.Text(Assay.Testing.Http.FeedPages.Article(23, "Drones over Port Eskel")));
        var db = samples.Copy();
        await using var factory = new AssayWebFactory(db, new Dictionary<string, string?> { ["Assay:AllowPrivateFetch"] = allowPrivate ? "true" : "false" });
        using var client = factory.CreateClient();

        // When its address is given in the form
        using var response = await client.PostForm("/articles", "/articles?handler=Ingest", new Dictionary<string, string> { ["url"] = server.Url("/story") });
        var html = await response.Content.ReadAsStringAsync();

        // Then, allowed, it is fetched and stored under its address; refused, the page says why and nothing is fetched
        using var store = StoreFactory.Open(db);
        if (allowPrivate)
        {
            Assert.Contains("Drones over Port Eskel", html, StringComparison.Ordinal);
            Assert.Contains(store.Articles(), a => a.Url == server.Url("/story"));
        }
        else
        {
            Assert.Contains("refused", html, StringComparison.Ordinal);
            Assert.Equal(0, server.Count("/story"));
            Assert.DoesNotContain(store.Articles(), a => a.Url == server.Url("/story"));
        }
    }

    [Fact]
    public async Task ArticlesIngest_FileOverTheLimit_Answers413AndStoresNothing()
    {
        // Given a copy of the samples served with a 200-byte upload limit
        var db = samples.Copy();
        int before;
        using (var store = StoreFactory.Open(db))
        {
            before = store.Articles().Count;
        }

        await using var factory = new AssayWebFactory(db, new Dictionary<string, string?> { ["Assay:MaxUploadBytes"] = "200" });
        using var client = factory.CreateClient();
        var page = await client.GetPage("/articles");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        // When a larger file is uploaded through the form
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("Officials said 4,500 soldiers crossed the river. " + new string('x', 400))), "file", "big.txt" },
        };
        using var response = await client.PostAsync(new Uri("/articles?handler=Ingest", UriKind.Relative), form);

        // Then it is refused as too large, saying why, and nothing is stored
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("nothing was stored", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var after = StoreFactory.Open(db);
        Assert.Equal(before, after.Articles().Count);
    }

    /// <summary>The article whose title names <paramref name="titleWord"/> with the first claim carrying <paramref name="figure"/>, and that claim's source.</summary>
    private (long Id, string Source) FindQuantity(string figure, string titleWord)
    {
        using var store = StoreFactory.Open(samples.Db);
        foreach (var article in store.Articles().Where(a => a.Title?.Contains(titleWord, StringComparison.Ordinal) == true))
        {
            var x = store.LoadExtraction(article.Id)!;
            var first = x.Quantities.Select((q, i) => (q, i)).FirstOrDefault(p => p.q.Text.Contains(figure, StringComparison.Ordinal));
            if (first.q is not null && x.Claims.FirstOrDefault(c => c.QuantityIndex == first.i) is { } claim)
            {
                return (article.Id, claim.Source);
            }
        }

        throw new InvalidOperationException($"no article about the {titleWord} has a claim carrying {figure} in the samples");
    }

    private static string Between(string text, string start, string end)
    {
        var i = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"no {start}");
        var j = text.IndexOf(end, i, StringComparison.Ordinal);
        return text[i..j];
    }
}
