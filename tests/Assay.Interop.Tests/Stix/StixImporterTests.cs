using System.Text;
using Assay.Extraction.Pipeline;
using Assay.Interop.Stix;
using Assay.Web.Tests.Support;
using Assay.Workspace;

namespace Assay.Interop.Tests.Stix;

public sealed class StixImporterTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    private const string ThirdParty = """
        {
          "type": "bundle",
          "id": "bundle--0b7c4a3e-2f7a-4d4e-9a51-6f1c2b3d4e5f",
          "objects": [
            { "type": "identity", "spec_version": "2.1", "id": "identity--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "created": "2024-10-20T08:00:00.000Z", "modified": "2024-10-20T08:00:00.000Z",
              "name": "Harbour Ledger", "identity_class": "organization" },
            { "type": "report", "spec_version": "2.1", "id": "report--2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a",
              "created": "2024-10-20T08:00:00.000Z", "modified": "2024-10-20T08:00:00.000Z",
              "created_by_ref": "identity--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "name": "Troop movements reported near the border", "published": "2024-10-20T00:00:00Z", "lang": "en",
              "description": "Officials in Seoul said about 3,000 soldiers had crossed into Russia by rail last week.\n\nMoscow has not commented.",
              "object_refs": ["identity--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"] },
            { "type": "report", "spec_version": "2.1", "id": "report--3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b",
              "created": "2024-10-21T08:00:00.000Z", "modified": "2024-10-21T08:00:00.000Z",
              "name": "Linked coverage", "published": "2024-10-21T00:00:00Z",
              "external_references": [{ "source_name": "example", "url": "https://news.example.org/2024/10/21/troops" }],
              "object_refs": ["identity--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"] },
            { "type": "malware", "spec_version": "2.1", "id": "malware--4f5a6b7c-8d9e-4f0a-9b1c-3d4e5f6a7b8c",
              "created": "2024-10-21T08:00:00.000Z", "modified": "2024-10-21T08:00:00.000Z",
              "name": "Loader", "is_family": false }
          ]
        }
        """;

    [Fact]
    public void Read_ThirdPartyBundle_OneArticleOneReferenceOneWarning()
    {
        // Given a bundle from another tool: a report with text, one with only a link, and a malware object
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(ThirdParty));

        // When it is read
        var import = StixImporter.Read(input, "other.json");

        // Then the report with text is an article with its masthead, the linked one a reference, the malware a warning
        var article = Assert.Single(import.Articles).Article!;
        Assert.Equal("Troop movements reported near the border", article.Title);
        Assert.Equal("Harbour Ledger", article.Outlet);
        Assert.Equal(new DateOnly(2024, 10, 20), article.Published);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("other.json#report--2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a", import.Articles[0].Location);
        var reference = Assert.Single(import.References);
        Assert.Equal("https://news.example.org/2024/10/21/troops", reference.Url);
        Assert.Contains("malware--4f5a6b7c", Assert.Single(import.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ThirdPartyBundle_StoresTheArticleAndHandsBackTheReference()
    {
        // Given the third-party bundle read, and an empty store
        using var store = StoreFactory.Open(samples.NewDb());
        var import = StixImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(ThirdParty)), "other.json");

        // When it is applied
        var result = StixImporter.Apply(store, import, ExtractionPipeline.Default);

        // Then one article is stored and extracted, and the reference is left to fetch
        Assert.Equal(1, result.Added);
        Assert.Single(result.References);
        Assert.NotEmpty(store.LoadExtraction(store.Articles().Single().Id)!.Quantities);
    }

    [Theory]
    [InlineData("{\n  \"type\": \"bundle\",\n  \"objects\": [ { \"type\": \"report\", } ]\n}", "line 3")]
    [InlineData("[1, 2, 3]", "not a STIX bundle")]
    [InlineData("{ \"name\": \"a plain document\" }", "$.type")]
    [InlineData("{ \"type\": \"bundle\", \"objects\": [ 42 ] }", "$.objects[0]")]
    public void Read_NotStix_ThrowsNamingFileAndPlace(string json, string expected)
    {
        // Given a file that is malformed JSON or not STIX
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(json));

        // When it is read
        var e = Assert.Throws<InteropFormatException>(() => StixImporter.Read(input, "in.json"));

        // Then the message names the file and where
        Assert.StartsWith("in.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsNamingTheLine()
    {
        // Given a bundle whose second line holds a byte that is not UTF-8
        var bytes = Encoding.UTF8.GetBytes("{ \"type\": \"bundle\",\n  \"id\": \"bundle--X\" }").ToList();
        bytes.Insert(bytes.IndexOf((byte)'X'), 0xFF);

        // When it is read
        var e = Assert.Throws<InteropFormatException>(() => StixImporter.Read(new MemoryStream([.. bytes]), "bad.json"));

        // Then the message says so and names the line
        Assert.Contains("bad.json: line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeepNesting_ThrowsClearly()
    {
        // Given a bundle nested a thousand levels deep
        var json = "{ \"type\": \"bundle\", \"objects\": " + new string('[', 1000) + new string(']', 1000) + " }";

        // When it is read
        var e = Assert.Throws<InteropFormatException>(() => StixImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "deep.json"));

        // Then the message names the limit
        Assert.Contains("nested deeper than 64 levels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OverTheCap_RefusesWithoutReadingOn()
    {
        // Given a stream larger than the cap that never ends if read whole
        using var input = new EndlessStream();

        // When it is read with a 1 MB cap
        var e = Assert.Throws<InteropFormatException>(() => StixImporter.Read(input, "huge.json", 1024 * 1024));

        // Then it stops at the cap and says why
        Assert.Contains("larger than 1 MB", e.Message, StringComparison.Ordinal);
        Assert.InRange(input.Served, 1024 * 1024, 2 * 1024 * 1024);
    }

    [Fact]
    public void Read_SingleReportObject_IsAccepted()
    {
        // Given one report object, not wrapped in a bundle
        var json = """
            { "type": "report", "spec_version": "2.1", "id": "report--5a6b7c8d-9e0f-4a1b-8c2d-4e5f6a7b8c9d", "name": "Short note",
              "published": "2024-10-22T00:00:00.000Z", "description": "Witnesses said a convoy passed at night.",
              "object_refs": ["identity--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"] }
            """;

        // When it is read
        var import = StixImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "one.json");

        // Then it gives one article
        Assert.Equal("Short note", Assert.Single(import.Articles).Article!.Title);
    }

    [Fact]
    public void Read_MarkdownDescription_StoredAsPlainText()
    {
        // Given a report whose description is Markdown, as OpenCTI writes it
        var json = """
            { "type": "report", "spec_version": "2.1", "id": "report--6b7c8d9e-0f1a-4b2c-9d3e-5f6a7b8c9d0e", "name": "Convoy",
              "published": "2024-10-22T00:00:00.000Z",
              "description": "## Summary\n\nWitnesses said **about 40 trucks** passed at night, according to [a local channel](https://t.example/post/1).",
              "object_refs": ["identity--1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"] }
            """;

        // When it is read
        var import = StixImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "md.json");

        // Then the article's text keeps the words without the Markdown, and the report's own name stays its title
        var article = Assert.Single(import.Articles).Article!;
        Assert.Equal("Convoy", article.Title);
        Assert.Contains("Witnesses said about 40 trucks passed at night, according to a local channel.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", article.Text, StringComparison.Ordinal);
    }

    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
