using System.Text;
using Assay.Extraction.Reading;

namespace Assay.Extraction.Tests.Reading;

public sealed class BadInputTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("assay-read-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ReadResult ReadSingle(string path, ArticleReader? reader = null) => Assert.Single((reader ?? ArticleReader.Default).ReadFile(path));

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.md", "  \n\n \t\n")]
    [InlineData("bom-only.txt", "\uFEFF")]
    public void ReadFile_EmptyFile_FailsAsEmpty(string name, string content)
    {
        // Given a file with no content (or only whitespace)
        var path = Write(name, Encoding.UTF8.GetBytes(content));

        // When it is read
        var result = ReadSingle(path);

        // Then it fails saying so, naming the file
        Assert.False(result.Succeeded);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
        Assert.Contains("empty", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_BinaryData_FailsAsBinary()
    {
        // Given a .txt file that holds binary bytes
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = Write("image.txt", bytes);

        // When it is read
        var result = ReadSingle(path);

        // Then it fails as binary data
        Assert.False(result.Succeeded);
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
        Assert.Contains("image.txt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_SaysLineOfBadByte()
    {
        // Given UTF-8 text with a stray Latin-1 byte on its third line
        var bytes = Encoding.UTF8.GetBytes("First line\n\nCaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" opened.\n")).ToArray();
        var path = Write("latin1.md", bytes);

        // When it is read
        var result = ReadSingle(path);

        // Then it fails naming the encoding problem and the line
        Assert.False(result.Succeeded);
        Assert.Contains("not valid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 3", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_OverMaxBytes_FailsWithSizeAndLimit()
    {
        // Given a file of 2,000 bytes and a reader limited to 1,000
        var path = Write("long.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Some words here. ", 200))[..2000]));
        var reader = new ArticleReader { MaxBytes = 1000 };

        // When it is read
        var result = ReadSingle(path, reader);

        // Then it fails giving the size and the limit
        Assert.False(result.Succeeded);
        Assert.Contains("2,000 bytes", result.Error, StringComparison.Ordinal);
        Assert.Contains("1,000 bytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_UnknownExtensionUnrecognisableContent_FailsNamingType()
    {
        // Given a .dat file of numbers and symbols
        var path = Write("table.dat", Encoding.UTF8.GetBytes("1,2,3\n4,5,6\n#,$,%\n"));

        // When it is read
        var result = ReadSingle(path);

        // Then it fails naming the unsupported type
        Assert.False(result.Succeeded);
        Assert.Contains("'.dat' is not a supported file type", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_UnknownExtensionWithJsonOrHtmlOrProse_IsSniffed()
    {
        // Given files without a known extension holding JSON, JSON Lines and prose
        var json = Write("record", Encoding.UTF8.GetBytes("{\"title\": \"T\", \"text\": \"A ship docked on Monday.\"}"));
        var lines = Write("records.log", Encoding.UTF8.GetBytes("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n"));
        var prose = Write("note.eml", Encoding.UTF8.GetBytes("The ferry service resumed after the storm passed."));

        // When they are read
        // Then each is recognised by its content
        Assert.Equal("A ship docked on Monday.", ReadSingle(json).Article?.Text);
        Assert.Equal(["One.", "Two."], ArticleReader.Default.ReadFile(lines).Select(r => r.Article?.Text));
        Assert.Equal("The ferry service resumed after the storm passed.", ReadSingle(prose).Article?.Text);
    }

    [Fact]
    public void ReadFile_Utf8BomAndCrlf_ReadsCleanText()
    {
        // Given a UTF-8 file with a BOM and CRLF line ends
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Harbour Reopens\r\n\r\nThe harbour reopened.\r\n\r\nShips queued.\r\n")).ToArray();
        var path = Write("bom.txt", bytes);

        // When it is read
        var result = ReadSingle(path);

        // Then the BOM and CRs are gone from the title and body
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Harbour Reopens", result.Article!.Title);
        Assert.Equal("The harbour reopened.\n\nShips queued.", result.Article.Text);
    }

    [Fact]
    public void ReadFile_MissingFile_FailsInsteadOfThrowing()
    {
        // Given a path that does not exist
        var path = Path.Combine(_dir.FullName, "absent.md");

        // When it is read
        var result = ReadSingle(path);

        // Then it fails with a message
        Assert.False(result.Succeeded);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_NulCharacters_FailsAsBinary()
    {
        // Given in-memory text holding NUL characters
        // When it is read
        var result = Assert.Single(ArticleReader.Default.ReadText("abc\0\0\0def", "mem.txt", "txt"));

        // Then it fails as binary
        Assert.Contains("binary", result.Error, StringComparison.Ordinal);
    }
}
