using Assay.Analysis.Estimates;
using Assay.Analysis.Story;
using Assay.Cli.Rendering;
using Assay.Storage;
using Assay.Workspace;

namespace Assay.Cli.Story;

/// <summary>The two views of one subject a dashboard shows all day, its estimate series and its story, as the JSON
/// that <c>assay estimates SUBJECT --json</c> and <c>assay story --json</c> print, kept in the store and rebuilt only
/// when an article or a decision has been added since.</summary>
/// <remarks>A view is built from the newest <see cref="ClaimLimit"/> claims whose subject, source, place or agent hold
/// the subject's words (the claim word index) and from those claims' articles only, so building it costs what the
/// story's latest months weigh, not what the store holds; serving it again costs one stamp check and one row.
/// <c>assay estimates</c> and <c>assay story</c> build over every claim instead.</remarks>
internal static class SubjectViews
{
    /// <summary>Propositions a story view holds.</summary>
    public const int StoryLimit = 25;

    /// <summary>Claims a view is built from at most: the subject's newest, so that a story running to hundreds of
    /// thousands of claims gives a view of its latest months that is built in seconds and read in milliseconds.</summary>
    public const int ClaimLimit = 10_000;

    /// <summary>The estimate series of <paramref name="subject"/> as JSON, and whether it came from the store.</summary>
    public static (string Json, bool Stored) Series(IStore store, StoryOptions options, string subject)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return GetOrBuild(store, Key("series", subject, options), () => BuildSeries(store, options, subject));
    }

    /// <summary>The story of <paramref name="subject"/> (its strongest propositions) as JSON, and whether it came from the store.</summary>
    public static (string Json, bool Stored) Story(IStore store, StoryOptions options, string subject)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        return GetOrBuild(store, Key("story", subject, options), () => BuildStory(store, options, subject));
    }

    /// <summary>Builds the estimate series of <paramref name="subject"/> from the store, without keeping it.</summary>
    public static string BuildSeries(IStore store, StoryOptions options, string subject)
    {
        var picture = Picture(store, options, subject);
        return SeriesJsonWriter.Write(SeriesBuilder.Matching(SeriesBuilder.Build(picture, JudgmentLoader.PoolingGrade(store)), subject), withPoints: true);
    }

    /// <summary>Builds the story of <paramref name="subject"/> from the store, without keeping it.</summary>
    public static string BuildStory(IStore store, StoryOptions options, string subject)
    {
        var picture = Picture(store, options, subject);
        return StoryJsonWriter.Story(picture, StoryView.Select(picture, null, StoryLimit));
    }

    private static StoryPicture Picture(IStore store, StoryOptions options, string subject) =>
        StoryLoader.Build(store, options, new ClaimQuery { Text = subject, Limit = ClaimLimit });

    private static (string Json, bool Stored) GetOrBuild(IStore store, string key, Func<string> build)
    {
        // The stamp is read before building: an article stored meanwhile leaves the view stale, never wrongly current.
        var stamp = store.ViewStamp();
        if (store.View(key, stamp) is { } stored)
        {
            return (stored, true);
        }

        var json = build();
        store.SaveView(key, stamp, json);
        return (json, false);
    }

    private static string Key(string kind, string subject, StoryOptions options) =>
        $"{kind}:{(options.Embedder is null ? "lexical" : "embedded")}:{string.Join(' ', subject.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))}";
}
