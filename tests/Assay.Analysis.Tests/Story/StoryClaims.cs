using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;

namespace Assay.Analysis.Tests.Story;

/// <summary>Short builders for story claims and articles in tests.</summary>
internal static class StoryClaims
{
    public static readonly DateOnly Day0 = new(2024, 10, 18);

    /// <summary>A claim counting troops sent to Russia, with the figure at the start of its sentence.</summary>
    public static StoryClaim Troops(
        long article,
        string? outlet,
        double? low,
        double? high = null,
        string source = "National Intelligence Service",
        SourceType type = SourceType.Intelligence,
        int day = 0,
        string id = "c1",
        QuantityQualifier qualifier = QuantityQualifier.Approximate,
        Stance stance = Stance.Asserted,
        string counted = "north korean troops",
        string? scope = "in Russia",
        EventType type2 = EventType.Deploy,
        IReadOnlyList<string>? via = null,
        IReadOnlyList<string>? cues = null,
        string? sourceActor = null,
        string? text = null)
    {
        high ??= qualifier is QuantityQualifier.MoreThan or QuantityQualifier.AtLeast ? null : low;
        var sentence = text ?? $"{low ?? high} {counted} have been sent {scope}, {source} said.";
        var quantity = new Quantity(new TextSpan(0, 5), (low ?? high)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), low, high, qualifier, "test")
        {
            Counted = counted,
            Scope = scope,
        };
        var claim = new Claim
        {
            Id = id,
            Span = new TextSpan(0, sentence.Length),
            Text = sentence,
            Event = type2,
            Agent = "north-korea",
            QuantityIndex = 0,
            Source = source,
            SourceActor = sourceActor,
            SourceType = type,
            Via = via ?? [],
            Stance = stance,
            Cues = cues ?? [],
        };
        return new StoryClaim(new ClaimRef(article, id), outlet, Day0.AddDays(day), claim, quantity, null);
    }

    /// <summary>A claim with no figure ("Moscow denied sending troops").</summary>
    public static StoryClaim Statement(
        long article,
        string outlet,
        string source,
        Stance stance,
        string theme = "troops",
        EventType type = EventType.Deploy,
        int day = 0,
        string id = "c1",
        IReadOnlyList<string>? cues = null,
        SourceType sourceType = SourceType.Government)
    {
        var sentence = $"{source} spoke about the {theme}.";
        var claim = new Claim
        {
            Id = id,
            Span = new TextSpan(0, sentence.Length),
            Text = sentence,
            Event = type,
            Agent = "north-korea",
            Theme = theme,
            Location = "russia",
            Source = source,
            SourceType = sourceType,
            Stance = stance,
            Cues = cues ?? [],
        };
        return new StoryClaim(new ClaimRef(article, id), outlet, Day0.AddDays(day), claim, null, (TimeRef?)null);
    }

    /// <summary>An article of about two hundred distinct words, varied by <paramref name="seed"/>.</summary>
    public static string Text(int seed, int words = 200)
    {
        var random = new Random(seed);
        var vocabulary = new[]
        {
            "troops", "brigade", "border", "ministry", "officials", "said", "report", "convoy", "rail", "port", "winter", "training",
            "artillery", "shells", "estimate", "intelligence", "briefing", "lawmakers", "assessment", "deployment", "region", "front",
            "satellite", "images", "spokesman", "denied", "confirmed", "agency", "analysts", "treaty", "summit", "sanctions",
        };
        return string.Join(' ', Enumerable.Range(0, words).Select(i => vocabulary[random.Next(vocabulary.Length)] + (i % 7 == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")));
    }
}
