using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>Placeholder until the actors annotator is written.</summary>
public sealed class ActorAnnotator : IAnnotator
{
    private readonly ActorLexicon _lexicon;

    /// <summary>Creates the annotator over <paramref name="lexicon"/>.</summary>
    public ActorAnnotator(ActorLexicon lexicon) => _lexicon = lexicon;

    /// <inheritdoc/>
    public string Name => "actors";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
    }
}
