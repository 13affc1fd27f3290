using Assay.Core.Sources;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;
using static Assay.Extraction.Tests.Reading.ReadingFixtures;

namespace Assay.Extraction.Tests.Annotators.Actors;

public sealed class VoiceActorTests
{
    [Theory]
    [InlineData("National Intelligence Service, Republic of Korea", "south-korea-nis")]
    [InlineData("the National Intelligence Service", "south-korea-nis")]
    [InlineData("NATO", "nato")]
    [InlineData("Yonhap", null)]
    [InlineData("The Moscow Times", null)]
    [InlineData("National Intelligence Service, Ukraine", null)]
    [InlineData("Friends of NATO Weekly", null)]
    [InlineData("Ines Varga", null)]
    public void Of_TakesOnlyAWholeNameOfABodyThatIsNotAnOutlet(string voice, string? actor)
    {
        // Given an article's voice; when it is resolved; then only a body's whole name (a leading "the" and its own
        // country after a comma aside) is that body, and news outlets stay outlets
        Assert.Equal(actor, VoiceActor.Of(voice)?.Id);
    }

    [Fact]
    public void Extract_ReleaseOfABody_CreditsItsUncreditedSentencesToThatBody()
    {
        // Given a statement published by the NIS, one sentence crediting "the NIS" and one crediting nobody
        var article = ReadOneText(
            "Statement\n\n## Transfer of Personnel Observed\n\nBy the National Intelligence Service, Republic of Korea\n\n"
            + "4 March 2025\n\nThe NIS said about 900 personnel were moved to the port on Monday.\n\n"
            + "About 900 personnel were moved by ship to the port on Monday.");

        // When it is extracted
        var claims = ExtractionPipeline.Default.Annotate(article).Claims;

        // Then both sentences are the NIS's: one origin, not the NIS and an outlet named after it
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("south-korea-nis", c.SourceActor));
        var uncredited = Assert.Single(claims, c => c.Source == "National Intelligence Service, Republic of Korea");
        Assert.Equal(SourceType.Intelligence, uncredited.SourceType);
    }
}
