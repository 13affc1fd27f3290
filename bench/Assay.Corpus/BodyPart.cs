namespace Assay.Corpus;

/// <summary>One block of a laid-out body: what it is decides how each format writes it and whether readers keep it.</summary>
internal enum BodyPart
{
    Paragraph,
    Heading,
    Caption,
    Related,
    Disclaimer,
}
