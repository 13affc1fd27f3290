using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Sentences;

/// <summary>Placeholder until the sentences annotator is written.</summary>
public sealed class SentenceAnnotator : IAnnotator
{
    /// <inheritdoc/>
    public string Name => "sentences";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
    }
}
