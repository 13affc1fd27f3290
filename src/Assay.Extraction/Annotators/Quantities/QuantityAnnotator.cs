using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Placeholder until the quantities annotator is written.</summary>
public sealed class QuantityAnnotator : IAnnotator
{
    /// <inheritdoc/>
    public string Name => "quantities";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
    }
}
