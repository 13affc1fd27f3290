using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Annotators.Attributions;
using Assay.Extraction.Annotators.Claims;
using Assay.Extraction.Annotators.Events;
using Assay.Extraction.Annotators.Hedges;
using Assay.Extraction.Annotators.Quantities;
using Assay.Extraction.Annotators.Sentences;
using Assay.Extraction.Annotators.Times;

namespace Assay.Extraction.Pipeline;

/// <summary>Collects annotators in an explicit order and builds an immutable <see cref="ExtractionPipeline"/>.</summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    /// <summary>Appends an annotator; it runs after those added before it.</summary>
    public ExtractionPipelineBuilder Use(IAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        _annotators.Add(annotator);
        return this;
    }

    /// <summary>Adds the built-in annotators in their dependency order.</summary>
    public ExtractionPipelineBuilder UseDefaults() =>
        Use(new SentenceAnnotator())
        .Use(new ActorAnnotator(ActorLexicon.Default))
        .Use(new QuantityAnnotator())
        .Use(new TimeAnnotator())
        .Use(new AttributionAnnotator())
        .Use(new HedgeAnnotator())
        .Use(new EventAnnotator())
        .Use(new ClaimAnnotator());

    /// <summary>Builds the pipeline; the builder can be reused afterwards.</summary>
    public ExtractionPipeline Build() => new([.. _annotators]);
}
