namespace Assay.Extraction.Annotators.Quantities;

/// <summary>What a <see cref="TextToken"/> holds.</summary>
internal enum TextTokenKind
{
    /// <summary>A run of letters, with inner apostrophes ("Pyongyang's").</summary>
    Word,

    /// <summary>Digits with thousands separators and a decimal part ("1,500", "10 000", "1.5").</summary>
    Number,

    /// <summary>A run of digits too long to be a figure; never read as a number.</summary>
    LongDigits,

    /// <summary>Any other single non-space character.</summary>
    Punct,
}
