using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;

namespace Assay.Storage.Tests;

/// <summary>Hand-built extractions for the store tests, in our own words.</summary>
internal static class ExtractionSamples
{
    /// <summary>Body of the rich sample; offsets below point into it.</summary>
    public const string RichText =
        "Seoul's spy agency said up to 12,000 soldiers had reached the Kursk front in October 2024.\n\n" +
        "A Kyiv official, citing Yonhap and Reuters, said the number was more than 3,000 in Kursk.\n\n" +
        "Москва назвала сообщения «провокацией» — the claim did not hold up.";

    /// <summary>An extraction with every field filled with non-trivial values: open-ended ranges, via lists,
    /// several cues, unicode text, captions and nullable fields both set and unset.</summary>
    public static ArticleExtraction Rich()
    {
        var text = RichText;
        var p2 = text.IndexOf("A Kyiv", StringComparison.Ordinal);
        var p3 = text.IndexOf("Москва", StringComparison.Ordinal);
        var article = new Article(text, [new TextSpan(0, p2 - 2), new TextSpan(p2, p3 - 2), new TextSpan(p3, text.Length)])
        {
            Title = "Troop numbers in Kursk disputed — «оценки» differ",
            Outlet = "The Example Herald",
            Byline = "Jane Ö. Writer",
            Published = new DateOnly(2024, 11, 3),
            Url = "https://example.org/news/kursk-numbers",
            Kind = ArticleKind.Analysis,
            Captions = ["A column of trucks near the border. Photo: Example Agency", "Карта региона"],
            Location = "samples/rich.json:7",
            Language = "en-GB",
        };

        var upTo = Span(text, "up to 12,000");
        var moreThan = Span(text, "more than 3,000");
        var quantities = new List<Quantity>
        {
            new(upTo, "up to 12,000", null, 12000, QuantityQualifier.UpTo, "up-to")
            {
                Counted = "soldiers",
                Scope = "at the Kursk front",
                CountedSpan = Span(text, "soldiers"),
            },
            new(moreThan, "more than 3,000", 3000, null, QuantityQualifier.MoreThan, "more-than"),
        };
        var times = new List<TimeRef>
        {
            new(Span(text, "in October 2024"), "in October 2024", "2024-10", TimeGranularity.Month, TimeRelation.At, "month-year"),
        };
        var mentions = new List<Mention>
        {
            new(Span(text, "Seoul"), "Seoul", "south-korea", "South Korea", ActorKind.State, null, "capital:Seoul"),
            new(Span(text, "Yonhap"), "Yonhap", "yonhap", "Yonhap", ActorKind.Media, "south-korea", "media:Yonhap"),
            new(Span(text, "Москва"), "Москва", "russia", "Russia", ActorKind.State, null, "capital:Москва"),
        };
        var sentences = new List<TextSpan> { new(0, p2 - 2), new(p2, p3 - 2), new(p3, text.Length) };
        var claims = new List<Claim>
        {
            new()
            {
                Id = "c1",
                Span = sentences[0],
                Text = sentences[0].Slice(text),
                Event = EventType.Deploy,
                Agent = "north-korea",
                Theme = "soldiers",
                Location = "kursk",
                QuantityIndex = 0,
                TimeIndex = 0,
                Source = "South Korea's spy agency",
                SourceActor = "nis",
                SourceType = SourceType.Intelligence,
                Stance = Stance.Asserted,
                Certainty = 0.85,
                Cues = ["attrib:said", "qty:up-to"],
            },
            new()
            {
                Id = "c2",
                Span = sentences[1],
                Text = sentences[1].Slice(text),
                Event = EventType.Deploy,
                Theme = "troops",
                QuantityIndex = 1,
                Source = "a Kyiv official",
                SourceType = SourceType.Official,
                Via = ["Yonhap", "Reuters"],
                Stance = Stance.Reported,
                Certainty = 0.6,
                Cues = ["attrib:citing", "hedge:«вроде»"],
            },
            new()
            {
                Id = "c3",
                Span = sentences[2],
                Text = sentences[2].Slice(text),
                Event = EventType.None,
                Source = "Москва",
                SourceActor = "russia",
                SourceType = SourceType.Government,
                Stance = Stance.Refuted,
                Certainty = 0.1,
                Cues = ["refute:did-not-hold-up"],
            },
        };
        return new ArticleExtraction(article, sentences, mentions, quantities, times, claims);
    }

    /// <summary>A one-sentence article with one claim per entry of <paramref name="claims"/>.</summary>
    public static ArticleExtraction Simple(
        string title,
        DateOnly? published,
        string? outlet = "The Example Herald",
        string? url = null,
        params SampleClaim[] claims)
    {
        var text = $"{title}. This report was written for the store tests and says little more.";
        var article = Article.FromText(text) with { Title = title, Published = published, Outlet = outlet, Url = url };
        var sentence = new TextSpan(0, text.Length);
        var quantities = new List<Quantity>();
        var built = new List<Claim>();
        foreach (var c in claims)
        {
            int? quantityIndex = null;
            if (c.Counted is not null)
            {
                quantityIndex = quantities.Count;
                quantities.Add(new Quantity(new TextSpan(0, 1), "1,000", 1000, 1000, QuantityQualifier.Exact, "digits") { Counted = c.Counted });
            }

            built.Add(new Claim
            {
                Id = "c" + (built.Count + 1),
                Span = sentence,
                Text = text,
                Event = c.Event,
                Theme = c.Theme,
                QuantityIndex = quantityIndex,
                Source = c.Source,
                SourceType = c.Type,
                Via = c.Via ?? [],
                Stance = c.Stance,
            });
        }

        return new ArticleExtraction(article, [sentence], [], quantities, [], built);
    }

    /// <summary>The span of the first occurrence of <paramref name="words"/> in <paramref name="text"/>.</summary>
    public static TextSpan Span(string text, string words)
    {
        var at = text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{words}' is not in the text.", nameof(words));
        }

        return new TextSpan(at, at + words.Length);
    }
}
