using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

/// <summary>Placeholder until the attributions annotator is written.</summary>
public sealed class AttributionAnnotator : IAnnotator
{
    /// <inheritdoc/>
    public string Name => "attributions";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
    }
}
