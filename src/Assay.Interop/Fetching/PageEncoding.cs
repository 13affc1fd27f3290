using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Assay.Interop.Fetching;

/// <summary>Which encoding a fetched page is written in, the way browsers decide: the charset the server declares, else
/// the one the page declares in a <c>&lt;meta&gt;</c> within its first 1,024 bytes, else UTF-8 when the bytes are valid
/// UTF-8, else windows-1252 (the web's default for undeclared pages).</summary>
/// <remarks>Legacy code pages (windows-1251, KOI8-R, EUC-KR, Shift_JIS…) are common on the outlets analysts read, so
/// the code-pages provider is registered once here.</remarks>
internal static partial class PageEncoding
{
    private const int PrescanBytes = 1024;

    static PageEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding of <paramref name="body"/>, given the server's charset (null when none).</summary>
    public static Encoding Of(string? declared, ReadOnlySpan<byte> body)
    {
        if (Named(declared) is { } fromServer)
        {
            return fromServer;
        }

        // The prescan reads bytes as Latin-1: every encoding a page may declare keeps ASCII where its <meta> is.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        if (MetaCharset().Match(head) is { Success: true } meta && Named(meta.Groups["name"].Value) is { } fromPage)
        {
            return fromPage;
        }

        return Utf8.IsValid(body) ? Encoding.UTF8 : Named("windows-1252")!;
    }

    /// <summary>The encoding called <paramref name="name"/>; null for an unknown name. A page that says UTF-16 in its
    /// own bytes cannot be UTF-16 (it would have a byte-order mark), so that is read as UTF-8, as browsers do.</summary>
    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name.Trim().Trim('"', '\''));
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?(?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
