using System.Globalization;

namespace Assay.Analysis.Story;

/// <summary>Finds articles that copy earlier ones: near-identical wording (MinHash over five-word shingles with
/// banded locality-sensitive hashing) or the same odd figures stated without credit.</summary>
/// <remarks>
/// Cost is linear in the text: each article gets one signature, and only articles that share a band hash are
/// compared. A band bucket with more than <see cref="CopyDetectionOptions.MaxBucket"/> members is boilerplate shared by
/// many articles (a standard disclaimer) and is skipped, which keeps the comparison count from growing
/// quadratically. The later article (by date, then id) derives from the earlier one.
/// </remarks>
public static class CopyDetector
{
    /// <summary>Copy links among the articles of <paramref name="stream"/>, each later article pointing to the earliest it copies;
    /// <paramref name="claims"/> (may be empty) add links for odd figures a later article states without credit.</summary>
    /// <remarks>Articles are read once, in a stream; only their signatures are kept, so texts need not fit in memory.</remarks>
    public static IReadOnlyList<DerivedLink> Detect(
        IEnumerable<StoryArticle> stream, IReadOnlyList<StoryClaim> claims, CopyDetectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(claims);
        options ??= CopyDetectionOptions.Default;
        var hashes = MinHash.Seeds(options.Bands * options.RowsPerBand);
        var articles = new List<StoryArticle>();
        var signatures = new List<ulong[]>();
        foreach (var article in stream)
        {
            signatures.Add(MinHash.Signature(article.Text, options.ShingleWords, hashes));
            // The text is not needed again; keep the masthead only.
            articles.Add(article with { Text = "" });
        }

        var best = new Dictionary<int, (int From, double Similarity)>();
        var buckets = new Dictionary<(int Band, ulong Hash), List<int>>();
        for (var band = 0; band < options.Bands; band++)
        {
            buckets.Clear();
            for (var i = 0; i < articles.Count; i++)
            {
                if (signatures[i].Length == 0)
                {
                    continue;
                }

                var key = (band, MinHash.BandHash(signatures[i], band, options.RowsPerBand));
                if (!buckets.TryGetValue(key, out var members))
                {
                    members = [];
                    buckets[key] = members;
                }

                members.Add(i);
            }

            foreach (var members in buckets.Values)
            {
                if (members.Count < 2 || members.Count > options.MaxBucket)
                {
                    continue;
                }

                for (var a = 0; a < members.Count; a++)
                {
                    for (var b = a + 1; b < members.Count; b++)
                    {
                        Consider(articles, signatures, members[a], members[b], options.MinSimilarity, best);
                    }
                }
            }
        }

        var links = new List<DerivedLink>(best.Count);
        foreach (var (later, (from, similarity)) in best)
        {
            links.Add(new DerivedLink(
                articles[later].Id,
                articles[from].Id,
                similarity,
                string.Create(CultureInfo.InvariantCulture, $"shared wording {similarity:0.00}")));
        }

        var linked = new HashSet<long>(links.Select(l => l.ArticleId));
        links.AddRange(OddFigureCopies(articles, claims, options).Where(l => !linked.Contains(l.ArticleId)));
        links.Sort(static (x, y) => x.ArticleId.CompareTo(y.ArticleId));
        return links;
    }

    /// <summary>Links a later article to an earlier one when it states, without crediting anyone, figures so odd that
    /// sharing them by chance is unlikely (1,347 rather than 1,500): at least two points, one per odd figure with three
    /// significant digits and two per figure with four or more.</summary>
    internal static IEnumerable<DerivedLink> OddFigureCopies(
        IReadOnlyList<StoryArticle> articles, IReadOnlyList<StoryClaim> claims, CopyDetectionOptions options)
    {
        var articleById = new Dictionary<long, StoryArticle>(articles.Count);
        foreach (var article in articles)
        {
            articleById.TryAdd(article.Id, article);
        }

        // figure -> articles stating it, with whether the statement credits a source.
        var byFigure = new Dictionary<(double, double), Dictionary<long, bool>>();
        foreach (var claim in claims)
        {
            // Vague words get documented bounds ("thousands" → 2,000–9,999), not figures anyone wrote.
            if (claim.Quantity is not { } q || q.Qualifier == Core.Quantities.QuantityQualifier.Vague || !articleById.ContainsKey(claim.Ref.ArticleId))
            {
                continue;
            }

            var low = q.Low ?? q.High!.Value;
            var high = q.High ?? q.Low!.Value;
            if (Oddness(low) + (high == low ? 0 : Oddness(high)) == 0)
            {
                continue;
            }

            if (!byFigure.TryGetValue((low, high), out var holders))
            {
                holders = [];
                byFigure[(low, high)] = holders;
            }

            var uncredited = claim.Claim.SourceType == Core.Sources.SourceType.Outlet;
            holders[claim.Ref.ArticleId] = holders.GetValueOrDefault(claim.Ref.ArticleId) || uncredited;
        }

        var score = new Dictionary<(long Later, long Earlier), (int Points, List<double> Figures)>();
        foreach (var ((low, high), holders) in byFigure)
        {
            if (holders.Count < 2 || holders.Count > options.MaxBucket)
            {
                continue;
            }

            var ordered = holders.Keys.Select(id => articleById[id]).OrderBy(a => a.Published ?? DateOnly.MaxValue).ThenBy(a => a.Id).ToList();
            var first = ordered[0];
            foreach (var later in ordered.Skip(1))
            {
                if (!holders[later.Id])
                {
                    continue;
                }

                var key = (later.Id, first.Id);
                var entry = score.GetValueOrDefault(key, (0, []));
                entry.Points += Oddness(low) + (high == low ? 0 : Oddness(high));
                entry.Figures.Add(low);
                score[key] = entry;
            }
        }

        foreach (var ((later, earlier), (points, figures)) in score)
        {
            if (points >= 2)
            {
                var list = string.Join(", ", figures.Order().Select(f => f.ToString("#,0", CultureInfo.InvariantCulture)));
                yield return new DerivedLink(later, earlier, 0, "shared odd figures " + list);
            }
        }
    }

    /// <summary>0 for round figures, 1 for three significant digits (1,350), 2 for four or more (1,347); figures below 100 are never odd.</summary>
    internal static int Oddness(double value)
    {
        if (value < 100 || value != Math.Floor(value) || value > 1e15)
        {
            return 0;
        }

        var digits = (long)value;
        while (digits % 10 == 0)
        {
            digits /= 10;
        }

        var significant = digits.ToString(CultureInfo.InvariantCulture).Length;
        return significant >= 4 ? 2 : significant == 3 ? 1 : 0;
    }

    private static void Consider(
        List<StoryArticle> articles, List<ulong[]> signatures, int x, int y, double minSimilarity,
        Dictionary<int, (int From, double Similarity)> best)
    {
        var (earlier, later) = IsEarlier(articles[x], articles[y]) ? (x, y) : (y, x);
        if (articles[earlier].Id == articles[later].Id)
        {
            return;
        }

        var similarity = MinHash.Similarity(signatures[earlier], signatures[later]);
        if (similarity < minSimilarity)
        {
            return;
        }

        // The earliest source wins: a copy of a copy points to the first of the two if it is as close.
        if (!best.TryGetValue(later, out var current) || similarity > current.Similarity
            || (similarity == current.Similarity && IsEarlier(articles[earlier], articles[current.From])))
        {
            best[later] = (earlier, similarity);
        }
    }

    private static bool IsEarlier(StoryArticle a, StoryArticle b)
    {
        var da = a.Published ?? DateOnly.MaxValue;
        var db = b.Published ?? DateOnly.MaxValue;
        return da != db ? da < db : a.Id < b.Id;
    }
}
