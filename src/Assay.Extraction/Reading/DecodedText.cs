namespace Assay.Extraction.Reading;

/// <summary>The outcome of decoding input bytes: the text with LF line ends, or why it cannot be read.</summary>
internal readonly record struct DecodedText(string? Text, string? Error)
{
    /// <summary>A successful decode.</summary>
    public static DecodedText Ok(string text) => new(text, null);

    /// <summary>A failed decode with its reason (without the file name).</summary>
    public static DecodedText Fail(string error) => new(null, error);
}
