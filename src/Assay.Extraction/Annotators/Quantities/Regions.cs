using Assay.Core.Text;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>The stretches of text the quantity and time annotators read one at a time.</summary>
internal static class Regions
{
    /// <summary>Sentences when the sentence annotator found any, else paragraphs, else the whole text.</summary>
    public static IReadOnlyList<TextSpan> Of(AnnotatedDocument document)
    {
        if (document.Sentences.Count > 0)
        {
            return document.Sentences;
        }

        if (document.Article.Paragraphs.Count > 0)
        {
            return document.Article.Paragraphs;
        }

        return [new TextSpan(0, document.Text.Length)];
    }
}
