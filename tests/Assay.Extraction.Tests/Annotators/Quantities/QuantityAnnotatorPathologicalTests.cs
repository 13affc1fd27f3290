using System.Diagnostics;
using System.Text;
using Assay.Core.Articles;
using Assay.Extraction.Annotators.Quantities;
using Assay.Extraction.Annotators.Times;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Annotators.Quantities;

/// <summary>Odd input must neither throw nor hang the quantity and time annotators.</summary>
public sealed class QuantityAnnotatorPathologicalTests
{
    public static TheoryData<string> Inputs() => new()
    {
        "long-digits",
        "megabyte-of-digits",
        "comma-ones",
        "space-groups",
        "no-spaces",
        "punctuation",
        "number-words",
        "qualifiers",
        "dates",
        "sequence",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Annotate_PathologicalInput_FinishesQuicklyWithoutThrowing(string name)
    {
        // Given an odd input
        var text = Make(name);
        var document = new AnnotatedDocument(Article.FromText(text) with { Published = new DateOnly(2024, 10, 21) });

        // When both annotators run
        var clock = Stopwatch.StartNew();
        new QuantityAnnotator().Annotate(document);
        new TimeAnnotator().Annotate(document);
        clock.Stop();

        // Then they finish in a few seconds and every span lies inside the text
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{name} took {clock.Elapsed}");
        Assert.All(document.Quantities, q => Assert.True(q.Span.End <= text.Length && q.Text.Length > 0));
        Assert.All(document.Times, t => Assert.True(t.Span.End <= text.Length));
    }

    [Fact]
    public void Annotate_VeryLongDigitRun_IsNotAQuantity()
    {
        // Given a digit run far longer than any figure
        var document = new AnnotatedDocument(Article.FromText("about " + new string('7', 5000) + " troops"));

        // When quantities are read
        new QuantityAnnotator().Annotate(document);

        // Then the run is skipped rather than parsed into an absurd value
        Assert.Empty(document.Quantities);
    }

    private static string Make(string name) => name switch
    {
        "long-digits" => string.Concat(Enumerable.Repeat(new string('9', 400) + " ", 50)),
        "megabyte-of-digits" => new string('1', 1 << 20),
        "comma-ones" => string.Join(',', Enumerable.Repeat("1", 100_000)),
        "space-groups" => "1" + string.Concat(Enumerable.Repeat(" 000", 50_000)),
        "no-spaces" => string.Concat(Enumerable.Repeat("abc1,500to12,000over", 10_000)),
        "punctuation" => string.Concat(Enumerable.Repeat(".,;:-–—()[]$%/", 15_000)),
        "number-words" => string.Concat(Enumerable.Repeat("a hundred thousand million and twenty-five ", 20_000)),
        "qualifiers" => string.Concat(Enumerable.Repeat("not more than between from up to at least ", 20_000)) + "1,500",
        "dates" => BuildDates(),
        "sequence" => "from " + string.Join(" to ", Enumerable.Range(1, 100_000).Select(n => n % 3 == 0 ? "\"about " + n + "\"" : n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string BuildDates()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append("since June of this year in 2022 Oct. 28 2024-10-18 31/12/2024 on Monday ");
        }

        return sb.ToString();
    }
}
