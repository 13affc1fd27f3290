using Assay.Core.Articles;
using Assay.Core.Claims;

namespace Assay.Extraction.Pipeline;

/// <summary>An immutable, thread-safe sequence of annotators; build once with <see cref="ExtractionPipelineBuilder"/> and share.</summary>
public sealed class ExtractionPipeline
{
    private readonly IAnnotator[] _annotators;

    internal ExtractionPipeline(IAnnotator[] annotators) => _annotators = annotators;

    /// <summary>The annotators in the order they run.</summary>
    public IReadOnlyList<IAnnotator> Annotators => _annotators;

    /// <summary>The default pipeline with every built-in annotator; built once per process.</summary>
    public static ExtractionPipeline Default => DefaultHolder.Instance;

    /// <summary>Runs every annotator over <paramref name="article"/> and returns the extraction.</summary>
    public ArticleExtraction Extract(Article article)
    {
        var document = Annotate(article);
        var extraction = document.Hand();
        document.ReleaseTokens();
        return extraction;
    }

    /// <summary>Runs every annotator and returns the working document (for tests and diagnostics).</summary>
    public AnnotatedDocument Annotate(Article article)
    {
        var document = new AnnotatedDocument(article);
        foreach (var annotator in _annotators)
        {
            annotator.Annotate(document);
        }

        return document;
    }

    private static class DefaultHolder
    {
        internal static readonly ExtractionPipeline Instance = new ExtractionPipelineBuilder().UseDefaults().Build();
    }
}
