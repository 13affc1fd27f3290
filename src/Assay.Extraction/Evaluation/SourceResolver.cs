using System.Collections.Concurrent;
using Assay.Core.Articles;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Evaluation;

/// <summary>Resolves a source name ("South Korea's spy agency", "the NIS") to an actor id with the actor annotator.</summary>
/// <remarks>A name resolves only when one mention covers all of it, apart from a leading "the" and trailing
/// punctuation: "National Intelligence Service" resolves, "an official at the NIS" does not, so a source is never
/// taken for the actor it merely names. Results are cached; the resolver is thread-safe.</remarks>
public sealed class SourceResolver
{
    private readonly ActorAnnotator _annotator;
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates a resolver over <paramref name="lexicon"/>.</summary>
    public SourceResolver(ActorLexicon lexicon) => _annotator = new ActorAnnotator(lexicon);

    /// <summary>The resolver over the default actor lexicon.</summary>
    public static SourceResolver Default { get; } = new(ActorLexicon.Default);

    /// <summary>The actor id the whole of <paramref name="name"/> names, or null.</summary>
    public string? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return _cache.GetOrAdd(name.Trim(), ResolveUncached);
    }

    private string? ResolveUncached(string name)
    {
        var document = new AnnotatedDocument(Article.FromText(name));
        document.Sentences.Add(new TextSpan(0, name.Length));
        _annotator.Annotate(document);
        var start = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        var end = name.Length;
        while (end > start && (char.IsPunctuation(name[end - 1]) || char.IsWhiteSpace(name[end - 1])))
        {
            end--;
        }

        foreach (var mention in document.Mentions)
        {
            if (mention.Span.Start <= start && mention.Span.End >= end)
            {
                return mention.ActorId;
            }
        }

        return null;
    }
}
