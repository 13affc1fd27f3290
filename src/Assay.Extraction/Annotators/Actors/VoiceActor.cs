using System.Collections.Concurrent;
using Assay.Core.Articles;
using Assay.Core.Sources;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>The body an article's own voice is, when the outlet that publishes it (or the byline it speaks for) is a
/// body Assay knows: a press release "By the National Intelligence Service, Republic of Korea" states what the NIS
/// states, so its uncredited sentences are the NIS's, one origin with the sentences that credit "the NIS".</summary>
/// <remarks>Only a whole name counts: the actor's form with at most a leading "the" and a trailing ", country" of the
/// actor's own country. News outlets and agencies stay outlets, and a name that merely contains a body ("Friends of
/// NATO Weekly") is not that body. Names are resolved once each and kept, up to 4,096 of them.</remarks>
internal static class VoiceActor
{
    private const int MaxKept = 4_096;
    private const int MaxLength = 200;

    private static readonly ConcurrentDictionary<string, Actor?> Known = new(StringComparer.Ordinal);
    private static readonly ActorAnnotator Actors = new(ActorLexicon.Default);

    /// <summary>The known body <paramref name="voice"/> names in full, or null.</summary>
    public static Actor? Of(string? voice)
    {
        if (string.IsNullOrWhiteSpace(voice) || voice.Length > MaxLength)
        {
            return null;
        }

        if (Known.TryGetValue(voice, out var actor))
        {
            return actor;
        }

        actor = Resolve(voice);
        if (Known.Count < MaxKept)
        {
            Known.TryAdd(voice, actor);
        }

        return actor;
    }

    private static Actor? Resolve(string voice)
    {
        var document = new AnnotatedDocument(Article.FromText(voice));
        Actors.Annotate(document);
        var mentions = document.Mentions;
        if (mentions.Count == 0 || !ActorLexicon.Default.TryGet(mentions[0].ActorId, out var actor)
            || actor.Kind is ActorKind.Media or ActorKind.State)
        {
            return null;
        }

        var before = voice.AsSpan(0, mentions[0].Span.Start).Trim();
        if (!before.IsEmpty && !before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var after = voice.AsSpan(mentions[0].Span.End).Trim();
        if (after.IsEmpty)
        {
            return mentions.Count == 1 ? actor : null;
        }

        // ", Republic of Korea": the body's own country, and nothing else after it.
        return after[0] == ',' && mentions.Count == 2 && mentions[1].Kind == ActorKind.State && mentions[1].ActorId == actor.Country
               && voice.AsSpan(mentions[1].Span.End).Trim().IsEmpty
               && voice.AsSpan(mentions[0].Span.End, mentions[1].Span.Start - mentions[0].Span.End).Trim().SequenceEqual(",")
            ? actor
            : null;
    }
}
