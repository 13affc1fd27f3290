namespace Assay.Extraction.Reading;

/// <summary>What a body block was in the source, which decides how it may be joined or dropped.</summary>
internal enum BlockRole
{
    /// <summary>A running-text paragraph; may be the second half of a paragraph broken mid-sentence.</summary>
    Paragraph,

    /// <summary>A subheading inside the body.</summary>
    Heading,

    /// <summary>One item of a bullet or numbered list.</summary>
    ListItem,

    /// <summary>A block quotation; dropped when it only repeats body text (a pull quote).</summary>
    Quote,
}
