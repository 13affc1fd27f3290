namespace Assay.Extraction.Annotators.Quantities;

/// <summary>The role a number word plays when words are read into a figure.</summary>
internal enum NumberWordKind
{
    /// <summary>0-9.</summary>
    Unit,

    /// <summary>10-19.</summary>
    Teen,

    /// <summary>20, 30 … 90.</summary>
    Tens,

    /// <summary>"hundred": multiplies the small number before it.</summary>
    Hundred,

    /// <summary>"thousand", "million": multiplies everything before it.</summary>
    Scale,

    /// <summary>"dozen": twelve, or a multiplier of the small number before it.</summary>
    Dozen,

    /// <summary>Letters glued to digits ("12K", "3.5bn").</summary>
    Suffix,
}
