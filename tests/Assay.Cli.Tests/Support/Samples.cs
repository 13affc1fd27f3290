using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;
using Assay.Storage;

namespace Assay.Cli.Tests.Support;

/// <summary>Hand-built extractions and stored claims, in our own words, for rendering tests.</summary>
internal static class Samples
{
    public const string Text =
        "Seoul's spy agency said on Friday that between 1,500 and 12,000 soldiers from Pyongyang had reached Russia. " +
        "Officials in Kyiv put the figure at more than 3,000 by late October.";

    public static ArticleExtraction Extraction()
    {
        var article = Article.FromText(Text) with
        {
            Title = "Agency says northern troops reached Russia",
            Outlet = "Example Wire",
            Published = new DateOnly(2024, 10, 21),
            Url = "https://example.org/a/1",
            Kind = ArticleKind.Opinion,
        };
        var range = Find("between 1,500 and 12,000");
        var moreThan = Find("more than 3,000");
        var friday = Find("on Friday");
        var firstSentence = new TextSpan(0, Text.IndexOf(" Officials", StringComparison.Ordinal));
        return new ArticleExtraction(
            article,
            [firstSentence, new TextSpan(firstSentence.End + 1, Text.Length)],
            [
                new Mention(Find("Seoul"), "Seoul", "south-korea", "South Korea", ActorKind.State, null, "capital:Seoul"),
                new Mention(Find("Pyongyang"), "Pyongyang", "north-korea", "North Korea", ActorKind.State, null, "capital:Pyongyang"),
            ],
            [
                new Quantity(range, "between 1,500 and 12,000", 1500, 12000, QuantityQualifier.Range, "between-and") { Counted = "troops", Scope = "in Russia" },
                new Quantity(moreThan, "more than 3,000", 3000, null, QuantityQualifier.MoreThan, "more-than") { Counted = "troops" },
            ],
            [new TimeRef(friday, "on Friday", "2024-10-18", TimeGranularity.Day, TimeRelation.At, "weekday")],
            [
                new Claim
                {
                    Id = "c1", Span = firstSentence, Text = firstSentence.Slice(Text), Event = EventType.Deploy, Agent = "north-korea",
                    Theme = "troops", Location = "russia", QuantityIndex = 0, TimeIndex = 0, Source = "Seoul's spy agency",
                    SourceType = SourceType.Intelligence, Via = ["Harbour News Agency"], Stance = Stance.Reported, Certainty = 0.7,
                    Cues = ["attrib:said", "quantity:between-and"],
                },
            ]);
    }

    public static IReadOnlyList<StoredClaim> StoredClaims()
    {
        var e = Extraction();
        var c = e.Claims[0];
        return
        [
            new StoredClaim(1, e.Article.Title, "Example Wire", new DateOnly(2024, 10, 18), c, e.Quantities[0], e.Times[0]),
            new StoredClaim(2, "Kyiv raises its count", "Daily Ledger", new DateOnly(2024, 10, 25),
                c with { Id = "c4", Source = "Ukrainian officials", SourceType = SourceType.Official, Via = [], Stance = Stance.Asserted, Certainty = 0.9,
                    Text = "Officials in Kyiv put the figure at more than 3,000 by late October, citing \"field reports\" [unverified]." },
                e.Quantities[1], null),
            new StoredClaim(3, "Moscow rejects report", "Example Wire", new DateOnly(2024, 10, 26),
                c with { Id = "c2", Source = "the Kremlin", SourceType = SourceType.Government, Via = [], Stance = Stance.Denied, Certainty = 0.15,
                    Event = EventType.None, QuantityIndex = null, Text = "The Kremlin called the reports a fabrication." },
                null, null),
        ];
    }

    private static TextSpan Find(string phrase)
    {
        var at = Text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{phrase}' is not in the sample text.");
        }

        return new TextSpan(at, at + phrase.Length);
    }
}
