namespace Assay.Extraction.Reading;

/// <summary>The input formats the readers understand.</summary>
internal enum InputFormat
{
    /// <summary>Plain text or Markdown (one reader handles both).</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>One JSON object or an array of them.</summary>
    Json,

    /// <summary>JSON Lines: one object per line.</summary>
    JsonLines,
}
