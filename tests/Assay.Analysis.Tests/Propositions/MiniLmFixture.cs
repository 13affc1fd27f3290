using Assay.Analysis.Propositions.Embeddings;

namespace Assay.Analysis.Tests.Propositions;

/// <summary>One loaded model shared by a test class, since loading takes seconds.</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmSentenceEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
