using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Assay.Extraction.Reading;

/// <summary>Turns input bytes into text strictly: UTF-8 (BOM optional) or BOM-marked UTF-16, no binary data.</summary>
internal static class TextDecoder
{
    /// <summary>ASCII whitespace bytes, for blank-line checks.</summary>
    internal static readonly SearchValues<byte> WhitespaceBytes = SearchValues.Create(" \t\r\n\f\v"u8);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; failures are values, never exceptions.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return DecodeUtf16(bytes);
        }

        if (IsBlank(bytes))
        {
            return DecodedText.Fail("the file is empty");
        }

        if (BinaryReason(bytes) is { } binary)
        {
            return DecodedText.Fail(binary);
        }

        if (!Utf8.IsValid(bytes))
        {
            var bad = FirstInvalidByte(bytes);
            var line = bytes[..bad].Count((byte)'\n') + 1;
            return DecodedText.Fail($"it is not valid UTF-8 (byte 0x{bytes[bad]:X2} at line {line})");
        }

        return DecodedText.Ok(NormaliseNewlines(StrictUtf8.GetString(bytes)));
    }

    /// <summary>Checks text already in memory for the same problems as bytes (empty, binary) and fixes line ends.</summary>
    public static DecodedText Check(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return DecodedText.Fail("the input is empty");
        }

        var controls = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 65536)))
        {
            if (c == '\0')
            {
                return DecodedText.Fail("it holds binary data (NUL characters), not text");
            }

            if (IsStrayControl(c))
            {
                controls++;
            }
        }

        if (controls * 20 > Math.Min(text.Length, 65536))
        {
            return DecodedText.Fail("it holds binary data (many control characters), not text");
        }

        return DecodedText.Ok(NormaliseNewlines(text));
    }

    /// <summary>Replaces CRLF and lone CR with LF.</summary>
    public static string NormaliseNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes)
    {
        var encoding = bytes[0] == 0xFF
            ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
            : new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return Check(encoding.GetString(bytes[2..]));
        }
        catch (DecoderFallbackException)
        {
            return DecodedText.Fail("it is marked as UTF-16 but is not valid UTF-16");
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept(WhitespaceBytes) < 0;

    private static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return $"it holds binary data (a NUL byte at offset {nul}), not text";
        }

        var sample = bytes[..Math.Min(bytes.Length, 65536)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && IsStrayControl((char)b))
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length ? "it holds binary data (many control characters), not text" : null;
    }

    private static bool IsStrayControl(char c) => c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f' or '\v' or '\u001B');

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return bytes.Length - 1;
    }
}
