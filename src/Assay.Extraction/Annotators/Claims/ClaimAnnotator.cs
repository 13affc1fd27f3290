using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Claims;

/// <summary>Placeholder until the claims annotator is written.</summary>
public sealed class ClaimAnnotator : IAnnotator
{
    /// <inheritdoc/>
    public string Name => "claims";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
    }
}
