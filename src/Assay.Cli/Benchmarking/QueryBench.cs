using System.Diagnostics;
using Assay.Analysis.Estimates;
using Assay.Analysis.Story;
using Assay.Cli.Story;
using Assay.Corpus;
using Assay.Storage;

namespace Assay.Cli.Benchmarking;

/// <summary>Times the queries an analyst runs all day against a store: the claims search (a page of claims for a
/// subject or a source, and a full-text search), the estimate series of a subject and the story view of a subject.</summary>
/// <remarks>Subjects, sources and search words are drawn from the generated stories, big and small alike, so the
/// queries ask what a reader of that corpus would ask. Each kind is run once over every question untimed (the page
/// cache and the JIT warm up), then timed <c>samples</c> times round the questions.</remarks>
internal sealed class QueryBench(IStore store, StoryOptions options)
{
    /// <summary>Claims on one page of the claims explorer.</summary>
    public const int PageSize = 50;

    /// <summary>Propositions the story view shows.</summary>
    public const int StoryViewSize = 25;

    /// <summary>The questions: up to <paramref name="perKind"/> subjects, sources and search words from the generator's
    /// stories, spread from the biggest story to the smallest.</summary>
    public static BenchQuestions Questions(int perKind = 12)
    {
        var spread = Spread([.. CorpusTopics.Stories.OrderBy(s => s.Rank)], perKind);
        return new BenchQuestions(
            [.. spread.Select(s => s.Subjects[0].Noun)],
            [.. spread.Select(s => s.Sources.First(source => !source.StartsWith('!')))],
            [.. spread.Select(s => s.SearchTerms[0])]);
    }

    /// <summary>Runs every query kind and returns their latencies.</summary>
    /// <remarks>Building a series or a story from the store is timed once per subject (each build is cold by nature and
    /// a big story's build takes seconds); serving the kept view is timed <paramref name="samples"/> times.</remarks>
    public IReadOnlyList<Latency> Run(BenchQuestions questions, int samples, Action<string>? onKind = null)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var subjects = questions.Subjects;
        return
        [
            Time("claims search by words: subject, one page", questions.Subjects, samples, warm: true, onKind,
                s => store.Claims(new ClaimQuery { Text = s, Limit = PageSize }).Count),
            Time("claims search by words: source, one page", questions.Sources, samples, warm: true, onKind,
                s => store.Claims(new ClaimQuery { Text = s, Limit = PageSize }).Count),
            Time("full-text article search, top 20", questions.SearchTerms, samples, warm: true, onKind,
                s => store.Search(s, 20).Count),
            Time("estimate series: built from the store", subjects, subjects.Count, warm: false, onKind,
                s => SubjectViews.BuildSeries(store, options, s).Length),
            Time("story view: built from the store", subjects, subjects.Count, warm: false, onKind,
                s => SubjectViews.BuildStory(store, options, s).Length),
            Time("estimate series: kept view", subjects, samples, warm: true, onKind,
                s => SubjectViews.Series(store, options, s).Json.Length),
            Time("story view: kept view", subjects, samples, warm: true, onKind,
                s => SubjectViews.Story(store, options, s).Json.Length),
        ];
    }

    private static Latency Time(string name, IReadOnlyList<string> questions, int samples, bool warm, Action<string>? onKind, Func<string, int> query)
    {
        onKind?.Invoke(name);
        if (questions.Count == 0)
        {
            return Latency.Of(name, [], []);
        }

        if (warm)
        {
            foreach (var question in questions)
            {
                query(question);
            }
        }

        var millis = new List<double>(samples);
        var rows = new List<int>(samples);
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            rows.Add(query(questions[i % questions.Count]));
            millis.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Latency.Of(name, millis, rows);
    }

    private static List<StoryTopic> Spread(List<StoryTopic> stories, int count)
    {
        if (stories.Count <= count)
        {
            return stories;
        }

        // Evenly over the ranks: the biggest story, the smallest, and those between.
        return [.. Enumerable.Range(0, count).Select(i => stories[(int)Math.Round(i * (stories.Count - 1) / (double)(count - 1))]).Distinct()];
    }
}
