namespace Assay.Extraction.Annotators.Actors;

/// <summary>Placeholder for the actor lexicon.</summary>
public sealed class ActorLexicon
{
    /// <summary>The lexicon shipped with Assay.</summary>
    public static ActorLexicon Default { get; } = new();
}
