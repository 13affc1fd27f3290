using Assay.Cli.Benchmarking;
using Assay.Extraction.Pipeline;

namespace Assay.Cli.Tests;

/// <summary>What a bench report says about the machine beside its figures: the speed check and the steal.</summary>
public sealed class BenchMachineChecksTests
{
    [Theory]
    [InlineData("cpu  8390775 32098 1197940 3120362 157198 0 30558 17179 0 0", 171.79)]
    [InlineData("cpu 1 2 3 4 5 6 7 0 0 0", 0.0)]
    public void Parse_ProcStatFirstLine_ReadsTheEighthCountAsSeconds(string line, double seconds)
    {
        // Given the first line of /proc/stat
        // When its steal is read
        // Then the eighth count, in hundredths of a second, comes back in seconds
        Assert.Equal(seconds, Steal.Parse(line)!.Value, 6);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cpu0 1 2 3 4 5 6 7 8")]
    [InlineData("cpu 1 2 3 4 5 6 7")]
    [InlineData("cpu 1 2 3 4 5 6 7 -8")]
    public void Parse_NotAProcessorTotalLine_IsUnknown(string? line)
    {
        // Given a line that is not the processors' total, or is too short, or holds no count where steal should be
        // When it is read
        // Then the steal is unknown rather than a guess
        Assert.Null(Steal.Parse(line));
    }

    [Fact]
    public void Speeds_BothChecks_ShowsMillionsOfWordsBeforeAndAfter()
    {
        // Given an ingest checked at 2,914,000 words/s before and 2,871,000 after, and one checked after only
        var both = Measure() with { SpeedBefore = 2_914_000, SpeedAfter = 2_871_000 };
        var after = Measure() with { SpeedAfter = 1_234_567 };

        // When the checks are written for the report
        // Then each shows in millions, with a dash for a check that did not run, and nothing when neither ran
        Assert.Equal("2.91 / 2.87 M words/s", BenchReport.Speeds(both));
        Assert.Equal("- / 1.23 M words/s", BenchReport.Speeds(after));
        Assert.Null(BenchReport.Speeds(Measure()));
    }

    [Fact]
    public void Sample_IsTheFirstHundredArticlesOfSeedFortyTwo()
    {
        // Given the speed check's sample
        // When it is compared with the generator's own articles
        // Then it is the same hundred articles every run, so checks on different days compare
        var generated = new Assay.Corpus.CorpusGenerator(42).Articles(100).Select(a => a.Article.Text).ToList();
        Assert.Equal(generated, SpeedCheck.Sample.Select(a => a.Text));
    }

    [Fact]
    public void WordsPerSecond_PipelineTakingTwoMillisecondsAnArticle_IsTheWordsOverTheBestPass()
    {
        // Given five articles and a pipeline that takes at least 2 ms over each
        var sample = SpeedCheck.Sample.Take(5).ToList();
        var words = sample.Sum(a => (long)a.WordCount);
        var slow = new ExtractionPipelineBuilder().Use(new Sleeper()).Build();

        // When the speed is checked for a moment
        var speed = SpeedCheck.WordsPerSecond(slow, sample, TimeSpan.FromMilliseconds(100), warmups: 1);

        // Then it is the sample's words over a pass of at least 10 ms: no more than that, and not absurdly less
        Assert.InRange(speed, words / 1.0, words / 0.010);
    }

    private sealed class Sleeper : IAnnotator
    {
        public string Name => "sleeper";

        public void Annotate(AnnotatedDocument document) => Thread.Sleep(2);
    }

    private static IngestMeasure Measure() => new(10, 10, 0, 0, 1000, 1.0, 1.0, 1024, 1);
}
