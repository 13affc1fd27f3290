using System.Text;
using Assay.Interop.Fetching;

namespace Assay.Interop.Tests.Fetching;

public sealed class PageEncodingTests
{
    static PageEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Written for these tests: "The Kremlin denied the report" in Russian, and a Korean line about the intelligence service.
    private const string Russian = "Кремль опроверг сообщение";
    private const string Korean = "국가정보원은 파병을 확인했다";

    [Fact]
    public void Text_MetaCharsetOnly_DecodesTheLegacyCodePage()
    {
        // Given a windows-1251 page that names its charset only in a meta element, served without a charset
        var html = $"<html><head><meta charset=\"windows-1251\"><title>Т</title></head><body><p>{Russian}</p></body></html>";
        var page = Page(Encoding.GetEncoding("windows-1251").GetBytes(html), charset: null);

        // When its text is read
        var text = page.Text();

        // Then the Cyrillic is intact
        Assert.Contains(Russian, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_HttpEquivCharset_IsHonoured()
    {
        // Given an EUC-KR page declaring its charset the old way
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body><p>{Korean}</p></body></html>";
        var page = Page(Encoding.GetEncoding("euc-kr").GetBytes(html), charset: null);

        // When its text is read
        // Then the Korean is intact
        Assert.Contains(Korean, page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ServerCharset_WinsOverTheMeta()
    {
        // Given a KOI8-R body whose server says koi8-r while a stale meta says utf-8
        var html = $"<html><head><meta charset=\"utf-8\"></head><body><p>{Russian}</p></body></html>";
        var page = Page(Encoding.GetEncoding("koi8-r").GetBytes(html), charset: "koi8-r");

        // When its text is read
        // Then the server's charset is used
        Assert.Contains(Russian, page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_UndeclaredInvalidUtf8_ReadAsWindows1252()
    {
        // Given an undeclared page with a Latin-1 "é" (0xE9), which is not valid UTF-8
        var page = Page([.. "<p>caf"u8, 0xE9, .. " in Kyiv</p>"u8], charset: null);

        // When its text is read
        // Then it is read as the web's default, not turned into replacement characters
        Assert.Equal("<p>café in Kyiv</p>", page.Text());
    }

    [Fact]
    public void Text_UndeclaredUtf8_ReadAsUtf8()
    {
        // Given an undeclared page in UTF-8
        var page = Page(Encoding.UTF8.GetBytes($"<p>{Korean}</p>"), charset: null);

        // When its text is read
        // Then it is UTF-8
        Assert.Equal($"<p>{Korean}</p>", page.Text());
    }

    private static FetchResult Page(byte[] body, string? charset) =>
        new(new Uri("https://news.example/a"), 200, "text/html", charset, body, null, null, false);
}
