using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Events;

/// <summary>Placeholder until the events annotator is written.</summary>
public sealed class EventAnnotator : IAnnotator
{
    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
    }
}
