namespace Assay.Extraction.Pipeline;

/// <summary>One step of the extraction pipeline: reads what earlier annotators added and adds spans of its own.</summary>
/// <remarks>Implementations are immutable and thread-safe; all per-document state lives in the <see cref="AnnotatedDocument"/>.
/// An annotator adds to its own lists and never edits another's.</remarks>
public interface IAnnotator
{
    /// <summary>Short name used in cues and diagnostics ("quantities").</summary>
    string Name { get; }

    /// <summary>Adds this annotator's spans to <paramref name="document"/>.</summary>
    void Annotate(AnnotatedDocument document);
}
