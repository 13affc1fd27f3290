using System.Text;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>The pipeline never throws or hangs on odd input (STYLE.md habit 6).</summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "empty", string.Empty },
        { "whitespace", "   \n\n\t  \n" },
        { "one long word", new string('a', 200_000) },
        { "long digits", new string('7', 100_000) },
        { "separated digits", string.Concat(Enumerable.Repeat("1,", 50_000)) },
        { "only punctuation", string.Concat(Enumerable.Repeat(".,;:!?\"'()[]-–—", 5_000)) },
        { "only stops", new string('.', 50_000) },
        { "no spaces sentence", string.Concat(Enumerable.Repeat("Seoul", 40_000)) },
        { "repeated cue", string.Concat(Enumerable.Repeat("according to according to said citing ", 5_000)) },
        { "repeated ranges", string.Concat(Enumerable.Repeat("between 1,500 and to 12,000 up to more than ", 5_000)) },
        { "lone surrogates", "\uD800 said \uDC00 12,000 troops \uD800." },
        { "control characters", "\u0001\u0002 troops \u0000 were sent \u001B[31m to Russia." },
        { "deep quotes", new string('"', 10_000) + "said" + new string('"', 10_000) },
        { "many paragraphs", string.Concat(Enumerable.Repeat("The NIS said 1,500 troops were sent.\n\n", 5_000)) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Extract_PathologicalInput_CompletesWithSpansInsideText(string name, string text)
    {
        // Given an odd input
        var article = Article.FromText(text) with { Published = new DateOnly(2024, 10, 21) };

        // When it is extracted
        var extraction = ExtractionPipeline.Default.Extract(article);

        // Then every span lies inside the text
        Assert.All(extraction.Sentences, s => Assert.True(s.End <= text.Length, name));
        Assert.All(extraction.Quantities, q => Assert.True(q.Span.End <= text.Length, name));
        Assert.All(extraction.Claims, c => Assert.True(c.Span.End <= text.Length, name));
        Assert.All(extraction.Mentions, m => Assert.True(m.Span.End <= text.Length, name));
    }

    [Fact]
    public void Extract_RandomText_NeverThrows()
    {
        // Given deterministic random mixes of words, numbers and punctuation from the domain
        string[] pieces = ["the", "NIS", "said", "according", "to", "citing", "between", "1,500", "and", "12,000", "up", "more", "than",
            "troops", "killed", "Pyongyang", "Oct.", "June", "2024", "not", "likely", ",", ".", "\"", "–", "(", ")", "\n\n", "Kim", "'s", "K", "1.5m"];
        var random = new Random(20241021);
        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            var n = random.Next(1, 400);
            for (var i = 0; i < n; i++)
            {
                sb.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    sb.Append(' ');
                }
            }

            // When it is extracted, Then nothing throws
            var extraction = ExtractionPipeline.Default.Extract(Article.FromText(sb.ToString()) with { Published = new DateOnly(2024, 10, 21) });
            Assert.NotNull(extraction);
        }
    }
}
