namespace Assay.Extraction.Reading;

/// <summary>One block of body text before it is placed into the article text.</summary>
internal readonly record struct BodyBlock(string Text, BlockRole Role);
