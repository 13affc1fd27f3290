using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Core.Time;
using Assay.Extraction.Evaluation;

namespace Assay.Extraction.Tests.Evaluation;

/// <summary>Hand-made gold quantities and extractions for the scorer tests.</summary>
internal static class EvalFixtures
{
    public static GoldQuantity Gold(string text, double? low, double? high, string? source = "the outlet", string sourceType = "outlet", string? stance = "asserted", string? @event = "deploy", string? time = null, string? counted = "troops", params string[] via) =>
        new()
        {
            Text = text,
            Low = low,
            High = high,
            Counted = counted,
            Source = source,
            SourceType = sourceType,
            Stance = stance,
            Event = @event,
            Time = time,
            Via = via,
        };

    public static GoldArticle Article(params GoldQuantity[] quantities) =>
        new("story/a.txt.gold.json", "story/a.txt", "story/a.txt", "story", new DateOnly(2024, 10, 18), quantities);

    /// <summary>A quantity over the <paramref name="occurrence"/>-th (0-based) occurrence of <paramref name="text"/>.</summary>
    public static Quantity Predicted(string body, string text, double? low, double? high, int occurrence = 0, string? counted = "troops")
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = body.IndexOf(text, start + 1, StringComparison.Ordinal);
        }

        Assert.True(start >= 0, $"'{text}' is not in the body");
        var qualifier = low == high ? QuantityQualifier.Exact : low is null ? QuantityQualifier.UpTo : high is null ? QuantityQualifier.MoreThan : QuantityQualifier.Range;
        return new Quantity(new TextSpan(start, start + text.Length), text, low, high, qualifier, "test") { Counted = counted };
    }

    public static Claim Claim(int quantity, string source = "Daily Test", SourceType type = SourceType.Outlet, Stance stance = Stance.Asserted, EventType @event = EventType.Deploy, int? time = null, string? sourceActor = null, params string[] via) =>
        new()
        {
            Id = "c" + quantity,
            Span = new TextSpan(0, 1),
            Text = "x",
            QuantityIndex = quantity,
            TimeIndex = time,
            Source = source,
            SourceActor = sourceActor,
            SourceType = type,
            Stance = stance,
            Event = @event,
            Via = via,
        };

    public static TimeRef Time(string value) => new(new TextSpan(0, 1), "x", value, TimeGranularity.Day, TimeRelation.At, "test");

    public static ArticleExtraction Extracted(string body, IReadOnlyList<Quantity> quantities, IReadOnlyList<Claim>? claims = null, IReadOnlyList<TimeRef>? times = null) =>
        new(Core.Articles.Article.FromText(body), [], [], quantities, times ?? [], claims ?? []);
}
