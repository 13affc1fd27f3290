using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Hedges;

/// <summary>Placeholder until the hedges annotator is written.</summary>
public sealed class HedgeAnnotator : IAnnotator
{
    /// <inheritdoc/>
    public string Name => "hedges";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
    }
}
