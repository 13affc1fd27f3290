using System.Globalization;
using System.Text;
using Assay.Core.Articles;

namespace Assay.Benchmarks;

/// <summary>Builds a deterministic corpus of news-like articles about troops, casualties, shelling and the sources
/// behind them, with numbers, hedges and dates written in many forms. Same seed, same corpus, on every machine.</summary>
/// <remarks>All sentence templates are written for this generator; none is taken from a real report.</remarks>
public static class CorpusGenerator
{
    private static readonly string[] Sources =
    [
        "South Korea's National Intelligence Service", "the Pentagon", "Ukraine's military intelligence", "a senior US official",
        "two officials familiar with the matter", "the Kremlin", "Russia's defence ministry", "local residents", "an eyewitness",
        "analysts at a Washington think tank", "Yonhap", "Reuters", "a regional governor", "NATO's secretary general",
        "an anonymous source in Seoul", "the General Staff in Kyiv", "independent monitors", "a military blogger",
    ];

    private static readonly string[] Places =
    [
        "Kursk", "the Kursk region", "Russia", "Vladivostok", "the Far East", "Pokrovsk", "the border area", "Donetsk",
        "Belgorod", "occupied Crimea", "the front line", "Pyongyang", "Seoul", "Moscow", "Kyiv",
    ];

    private static readonly string[] Personnel =
    [
        "troops", "soldiers", "special forces", "members of the Korean People's Army", "casualties", "wounded fighters",
        "civilians", "military engineers", "officers",
    ];

    private static readonly string[] Munitions = ["artillery shells", "rounds", "drones", "missiles", "rockets", "glide bombs"];

    private static readonly string[] Counted = [.. Personnel, .. Munitions];

    private static readonly string[] Verbs =
    [
        "had been deployed to", "were sent to", "were training in", "were spotted near", "had arrived in",
        "were fighting around", "were killed near", "were wounded in", "were shipped to", "were moved toward",
    ];

    private static readonly string[] Attributions =
    [
        "{S} said", "according to {S}", "{S} claimed", "{S} told reporters", "{S} estimated", "{S} reported",
        "{S} assessed", "{S} denied that", "{S} confirmed", "citing {S}, Yonhap reported",
    ];

    private static readonly string[] Hedges =
    [
        "reportedly", "allegedly", "possibly", "apparently", "it is believed", "seemingly", "likely", "perhaps",
    ];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Outlets = ["Example Wire", "Daily Ledger", "Harbour Times", "Morning Dispatch", "Eastern Review"];

    /// <summary>Generates <paramref name="count"/> articles of 300–1,500 words from <paramref name="seed"/>.</summary>
    public static Article[] Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var articles = new Article[count];
        for (var i = 0; i < count; i++)
        {
            var published = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 365));
            var text = Body(random, published, random.Next(300, 1501));
            articles[i] = Article.FromText(text) with
            {
                Title = FormattableString.Invariant($"Report {i + 1}: {Pick(random, Counted)} in {Pick(random, Places)}"),
                Outlet = Pick(random, Outlets),
                Published = published,
                Kind = random.Next(5) == 0 ? ArticleKind.Opinion : ArticleKind.News,
            };
        }

        return articles;
    }

    /// <summary>Total whitespace-separated words of the corpus, for words-per-second figures.</summary>
    public static long CountWords(IEnumerable<Article> articles) => articles.Sum(a => (long)a.WordCount);

    private static string Body(Random random, DateOnly published, int targetWords)
    {
        var text = new StringBuilder(targetWords * 7);
        var words = 0;
        var sentencesInParagraph = 0;
        while (words < targetWords)
        {
            var sentence = Sentence(random, published);
            text.Append(sentence);
            words += sentence.Count(c => c == ' ') + 1;
            if (++sentencesInParagraph >= random.Next(2, 6))
            {
                text.Append("\n\n");
                sentencesInParagraph = 0;
            }
            else
            {
                text.Append(' ');
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Sentence(Random random, DateOnly published)
    {
        var source = Pick(random, Sources);
        var attribution = Pick(random, Attributions).Replace("{S}", source, StringComparison.Ordinal);
        var number = Number(random);
        var counted = Pick(random, Counted);
        var place = Pick(random, Places);
        var when = Time(random, published);
        var hedge = Pick(random, Hedges);
        var sentence = random.Next(9) switch
        {
            0 => $"{Capitalise(attribution)} that {number} {counted} {Pick(random, Verbs)} {place} {when}.",
            1 => $"{Capitalise(number)} {counted} {hedge} {Pick(random, Verbs)} {place}, {attribution}.",
            2 => $"{Capitalise(when)}, {attribution} {number} {Pick(random, Personnel)} had been lost, a figure that could not be independently verified.",
            3 => $"The claim that {number} {counted} {Pick(random, Verbs)} {place} did not stand up to scrutiny, {attribution}.",
            4 => $"Speculation that {place} would receive {number} {counted} has circulated since {published.Year - random.Next(1, 3)}.",
            5 => $"Shelling on {place} continued {when}, with {number} {Pick(random, Munitions)} fired in a single day, {attribution}.",
            6 => $"\"We see {number} {counted} near {place},\" {source} said, adding that more {hedge} would follow.",
            7 => $"Under a treaty signed in {Pick(random, Months)} {published.Year}, each side pledged assistance if the other came under attack.",
            _ => $"{Capitalise(attribution)} it was {hedge} too early to say whether the {counted} would stay in {place}.",
        };
        return sentence;
    }

    private static string Number(Random random)
    {
        var n = random.Next(2, 15_000);
        var a = random.Next(100, 5_000);
        return random.Next(14) switch
        {
            0 => n.ToString("N0", CultureInfo.InvariantCulture),
            1 => n.ToString(CultureInfo.InvariantCulture),
            2 => FormattableString.Invariant($"about {n:N0}"),
            3 => FormattableString.Invariant($"between {a:N0} and {a * random.Next(2, 9):N0}"),
            4 => FormattableString.Invariant($"anywhere from {a:N0} to {a * 4:N0}"),
            5 => FormattableString.Invariant($"more than {n:N0}"),
            6 => FormattableString.Invariant($"up to {n:N0}"),
            7 => FormattableString.Invariant($"at least {a:N0}"),
            8 => FormattableString.Invariant($"{random.Next(1, 9)}.{random.Next(1, 9)} million"),
            9 => "dozens of",
            10 => "several hundred",
            11 => "over a thousand",
            12 => FormattableString.Invariant($"{a:N0}-{a + random.Next(100, 900):N0}"),
            _ => "twelve",
        };
    }

    private static string Time(Random random, DateOnly published) => random.Next(8) switch
    {
        0 => "on Monday",
        1 => "last week",
        2 => FormattableString.Invariant($"in {Pick(random, Months)} {published.Year}"),
        3 => FormattableString.Invariant($"on {published.AddDays(-random.Next(1, 20)):MMMM d}"),
        4 => "earlier this month",
        5 => FormattableString.Invariant($"since {published.Year - 2}"),
        6 => FormattableString.Invariant($"on {published.AddDays(-random.Next(1, 9)):yyyy-MM-dd}"),
        _ => "overnight",
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
