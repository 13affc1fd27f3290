using Assay.Analysis.Story;

namespace Assay.Workspace;

/// <summary>Story options for a command: the documented defaults, with the embedder unless turned off.</summary>
public static class StoryOptionsFactory
{
    /// <summary>Options with the factory's embedder, or none when <paramref name="noEmbeddings"/> or ASSAY_EMBEDDINGS=off.</summary>
    public static StoryOptions Create(EmbedderFactory embedders, bool noEmbeddings)
    {
        ArgumentNullException.ThrowIfNull(embedders);
        var off = noEmbeddings || string.Equals(Environment.GetEnvironmentVariable("ASSAY_EMBEDDINGS"), "off", StringComparison.OrdinalIgnoreCase);
        return StoryOptions.Default with { Embedder = off ? null : embedders() };
    }
}
