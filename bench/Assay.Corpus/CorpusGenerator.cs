using System.Text;
using Assay.Core.Articles;

namespace Assay.Corpus;

/// <summary>Generates a deterministic corpus of varied news articles from a seed: many stories of different sizes,
/// dozens of outlets with their house styles, several genres and file formats, re-runs and exact duplicates.</summary>
/// <remarks>Article <c>i</c> depends only on the seed and <c>i</c> (never on articles generated before it), so any
/// slice of a corpus can be generated alone or in parallel, and the same seed gives the same bytes on every machine:
/// no culture, hash order or clock is involved. All wording is invented for this generator.</remarks>
public sealed class CorpusGenerator
{
    /// <summary>Share of articles that are exact duplicates of an earlier article.</summary>
    public const double DuplicateRate = 0.03;

    /// <summary>Share of articles that re-run an earlier wire story with light edits.</summary>
    public const double RerunRate = 0.08;

    private const ulong PlanStream = 1;
    private const ulong TextStream = 2;
    private const ulong EditStream = 3;

    /// <summary>Creates a generator; the same seed always gives the same corpus.</summary>
    public CorpusGenerator(int seed) => Seed = seed;

    /// <summary>The seed the corpus is generated from.</summary>
    public int Seed { get; }

    /// <summary>The article at <paramref name="index"/> (from 0), generated on its own.</summary>
    public GeneratedArticle Article(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var plan = Plan(index);
        var draft = Draft(index, plan);
        return Finish(index, plan, draft);
    }

    /// <summary>Articles 0 to <paramref name="count"/> − 1, generated lazily one at a time.</summary>
    public IEnumerable<GeneratedArticle> Articles(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (long i = 0; i < count; i++)
        {
            yield return Article(i);
        }
    }

    /// <summary>The format, relation, story, outlet, genre and date of article <paramref name="index"/>.</summary>
    internal ArticlePlan Plan(long index)
    {
        var dice = new Dice(Dice.Mix(Seed, index, PlanStream));
        var format = Format(dice.NextDouble());
        var roll = dice.NextDouble();
        if (index > 0 && roll < DuplicateRate)
        {
            var candidate = index - 1 - dice.Next((int)Math.Min(index, 5_000));
            var source = Plan(candidate);
            var sourceIndex = source.Relation == CopyRelation.Duplicate ? source.CopyOf!.Value : candidate;
            return source with { Format = format, Relation = CopyRelation.Duplicate, CopyOf = sourceIndex };
        }

        if (index > 0 && roll < DuplicateRate + RerunRate && FindWireOriginal(index, dice) is { } wire)
        {
            var original = Plan(wire);
            var outlet = dice.Pick(CorpusData.OutletsOf(dice.Next(20) switch
            {
                < 8 => OutletType.Regional,
                < 14 => OutletType.Aggregator,
                < 17 => OutletType.Broadsheet,
                _ => OutletType.Tabloid,
            }));
            return original with
            {
                Format = format,
                Relation = CopyRelation.Rerun,
                CopyOf = wire,
                Outlet = outlet,
                Published = original.Published.AddDays(dice.Next(0, 2)),
            };
        }

        return Original(dice, format);
    }

    private static ArticlePlan Original(Dice dice, CorpusFormat format)
    {
        var story = Array.BinarySearch(CorpusData.CumulativeShares, dice.NextDouble());
        story = story < 0 ? ~story : story;
        var type = OutletTypeOf(dice.Next(100));
        var outlet = dice.Pick(CorpusData.OutletsOf(type));
        var genre = GenreOf(type, dice.Next(100));
        var topic = CorpusData.Stories[story];
        var published = topic.Start.AddDays((int)(topic.Days * Math.Pow(dice.NextDouble(), 1.5)));
        return new ArticlePlan(format, CopyRelation.Original, null, story, outlet, genre, published);
    }

    /// <summary>An earlier original wire news story to re-run, searching back from a random point; null if none.</summary>
    private long? FindWireOriginal(long index, Dice dice)
    {
        var candidate = index - 1 - dice.Next((int)Math.Min(index, 3_000));
        for (var tries = 0; tries < 400 && candidate >= 0; tries++, candidate--)
        {
            if (IsWireOriginal(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>True when article <paramref name="index"/> is an original wire news story; draws as <see cref="Plan"/> does.</summary>
    private bool IsWireOriginal(long index)
    {
        var dice = new Dice(Dice.Mix(Seed, index, PlanStream));
        dice.NextDouble();
        var roll = dice.NextDouble();
        if (index > 0 && roll < DuplicateRate + RerunRate)
        {
            // A copy only when a source was found, which needs the full plan; such indexes are rare enough to plan.
            return Plan(index) is { Relation: CopyRelation.Original, Outlet.Type: OutletType.Wire, Genre: CorpusGenre.News };
        }

        dice.NextDouble();
        return OutletTypeOf(dice.Next(100)) == OutletType.Wire;
    }

    private static CorpusFormat Format(double roll) => roll switch
    {
        < 0.60 => CorpusFormat.JsonLines,
        < 0.80 => CorpusFormat.Html,
        < 0.90 => CorpusFormat.Text,
        < 0.95 => CorpusFormat.Markdown,
        _ => CorpusFormat.Json,
    };

    private static OutletType OutletTypeOf(int roll) => roll switch
    {
        < 24 => OutletType.Wire,
        < 48 => OutletType.Broadsheet,
        < 60 => OutletType.Regional,
        < 68 => OutletType.StateMedia,
        < 74 => OutletType.ThinkTank,
        < 78 => OutletType.FactChecker,
        < 88 => OutletType.Blog,
        < 92 => OutletType.Aggregator,
        _ => OutletType.Tabloid,
    };

    private static CorpusGenre GenreOf(OutletType type, int roll) => type switch
    {
        OutletType.Wire or OutletType.Aggregator => CorpusGenre.News,
        OutletType.Broadsheet => roll switch
        {
            < 60 => CorpusGenre.News,
            < 75 => CorpusGenre.Opinion,
            < 83 => CorpusGenre.Analysis,
            < 95 => CorpusGenre.LiveBlog,
            _ => CorpusGenre.FactCheck,
        },
        OutletType.ThinkTank => roll < 85 ? CorpusGenre.Analysis : CorpusGenre.Opinion,
        OutletType.FactChecker => CorpusGenre.FactCheck,
        OutletType.Blog => roll switch
        {
            < 55 => CorpusGenre.Opinion,
            < 80 => CorpusGenre.Analysis,
            _ => CorpusGenre.News,
        },
        _ => roll < 85 ? CorpusGenre.News : CorpusGenre.Opinion,
    };

    private ArticleDraftText Draft(long index, ArticlePlan plan)
    {
        switch (plan.Relation)
        {
            case CopyRelation.Duplicate:
                return Draft(plan.CopyOf!.Value, Plan(plan.CopyOf.Value)) with { Plan = plan };
            case CopyRelation.Rerun:
                var source = Draft(plan.CopyOf!.Value, Plan(plan.CopyOf.Value));
                var edited = CopyEditor.Rerun(new Dice(Dice.Mix(Seed, index, EditStream)), source.Composition, source.Plan.Outlet, plan.Outlet);
                return new ArticleDraftText(plan, edited, Url(plan, edited.Title, index));
            default:
                var dice = new Dice(Dice.Mix(Seed, index, TextStream));
                var story = CorpusData.Stories[plan.Story];
                var composition = new ArticleComposer(dice, story, plan.Outlet, plan.Genre, plan.Published).Compose();
                return new ArticleDraftText(plan, composition, Url(plan, composition.Title, index));
        }
    }

    private static GeneratedArticle Finish(long index, ArticlePlan plan, ArticleDraftText draft)
    {
        var composition = draft.Composition;
        var article = Core.Articles.Article.FromText(string.Join("\n\n", composition.Paragraphs)) with
        {
            Title = composition.Title,
            Outlet = draft.Plan.Outlet.Name,
            Byline = composition.Byline,
            Published = draft.Plan.Published,
            Url = draft.Url,
            Language = "en",
            Kind = draft.Plan.Genre switch
            {
                CorpusGenre.Opinion => ArticleKind.Opinion,
                CorpusGenre.Analysis => ArticleKind.Analysis,
                _ => ArticleKind.News,
            },
            Captions = plan.Format is CorpusFormat.JsonLines or CorpusFormat.Json ? [] : composition.Captions,
        };
        return new GeneratedArticle
        {
            Index = index,
            Article = article,
            Story = CorpusData.Stories[plan.Story],
            Outlet = plan.Outlet,
            Genre = plan.Genre,
            Format = plan.Format,
            Relation = plan.Relation,
            CopyOf = plan.CopyOf,
            RelatedLinks = composition.RelatedLinks,
            Disclaimer = composition.Disclaimer,
        };
    }

    private static string Url(ArticlePlan plan, string title, long index)
    {
        var slug = new StringBuilder(72);
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= 60)
            {
                break;
            }
        }

        var date = plan.Published;
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"https://www.{plan.Outlet.Host}/{date.Year:0000}/{date.Month:00}/{date.Day:00}/{slug.ToString().TrimEnd('-')}-{index:x}");
    }
}
