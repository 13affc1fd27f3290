using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Times;

/// <summary>Placeholder until the times annotator is written.</summary>
public sealed class TimeAnnotator : IAnnotator
{
    /// <inheritdoc/>
    public string Name => "times";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
    }
}
