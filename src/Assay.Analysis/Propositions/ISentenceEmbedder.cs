namespace Assay.Analysis.Propositions;

/// <summary>Turns sentences into unit-length vectors whose dot product measures how alike their meanings are.</summary>
/// <remarks>Used only where lexical keys disagree; implementations must be deterministic and safe to call from one thread.</remarks>
public interface ISentenceEmbedder
{
    /// <summary>Length of every vector returned.</summary>
    int Dimensions { get; }

    /// <summary>Embeds each sentence; the result has one unit-length vector per input, in order.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences);
}
