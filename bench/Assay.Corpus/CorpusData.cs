using System.Globalization;

namespace Assay.Corpus;

/// <summary>The stories and outlets the generator draws from, loaded once from the embedded Data/*.tsv files.</summary>
internal static class CorpusData
{
    private static readonly Lazy<StoryTopic[]> LazyStories = new(LoadStories);
    private static readonly Lazy<CorpusOutlet[]> LazyOutlets = new(LoadOutlets);
    private static readonly Lazy<double[]> LazyCumulative = new(() => Cumulative(Weights(LazyStories.Value.Length)));

    public static StoryTopic[] Stories => LazyStories.Value;

    public static CorpusOutlet[] Outlets => LazyOutlets.Value;

    /// <summary>Cumulative story shares, for picking a story by a uniform draw.</summary>
    public static double[] CumulativeShares => LazyCumulative.Value;

    private static readonly Lazy<CorpusOutlet[][]> LazyByType = new(() =>
        Enum.GetValues<OutletType>().Select(t => Array.FindAll(LazyOutlets.Value, o => o.Type == t)).ToArray());

    public static CorpusOutlet[] OutletsOf(OutletType type) => LazyByType.Value[(int)type];

    /// <summary>Zipf-like shares: a few big stories and a long tail.</summary>
    private static double[] Weights(int count)
    {
        var weights = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            weights[i] = 1.0 / Math.Pow(i + 1, 1.05);
            total += weights[i];
        }

        for (var i = 0; i < count; i++)
        {
            weights[i] /= total;
        }

        return weights;
    }

    private static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        cumulative[^1] = 1.0;
        return cumulative;
    }

    private static StoryTopic[] LoadStories()
    {
        var rows = Rows("stories.tsv");
        var weights = Weights(rows.Count);
        var stories = new StoryTopic[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var f = rows[i];
            var sources = List(f[7]);
            stories[i] = new StoryTopic
            {
                Id = f[0],
                Name = f[1],
                Rank = i,
                Share = weights[i],
                Start = DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Days = int.Parse(f[3], CultureInfo.InvariantCulture),
                Places = List(f[4]),
                Actors = List(f[5]),
                Subjects = List(f[6]).Select(Subject).ToArray(),
                Sources = sources.Select(s => s.TrimStart('!')).ToArray(),
                Deniers = sources.Where(s => s.StartsWith('!')).Select(s => s[1..]).ToArray(),
                SearchTerms = List(f[8]),
            };
        }

        return stories;
    }

    private static CountedSubject Subject(string spec)
    {
        var parts = spec.Split('|');
        var money = parts[1].StartsWith('$');
        return new CountedSubject(parts[0], double.Parse(parts[1].TrimStart('$'), CultureInfo.InvariantCulture), parts[2], money);
    }

    private static CorpusOutlet[] LoadOutlets() =>
        Rows("outlets.tsv").Select(f => new CorpusOutlet(f[0], f[1], f[2] switch
        {
            "wire" => OutletType.Wire,
            "broadsheet" => OutletType.Broadsheet,
            "regional" => OutletType.Regional,
            "state" => OutletType.StateMedia,
            "thinktank" => OutletType.ThinkTank,
            "factcheck" => OutletType.FactChecker,
            "blog" => OutletType.Blog,
            "aggregator" => OutletType.Aggregator,
            "tabloid" => OutletType.Tabloid,
            _ => throw new InvalidDataException($"Unknown outlet type '{f[2]}' in outlets.tsv."),
        })).ToArray();

    private static string[] List(string field) => field.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static List<string[]> Rows(string name)
    {
        using var stream = typeof(CorpusData).Assembly.GetManifestResourceStream("Assay.Corpus.Data." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
