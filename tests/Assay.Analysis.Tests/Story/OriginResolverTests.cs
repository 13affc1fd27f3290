using Assay.Analysis.Story;
using Assay.Core.Sources;

namespace Assay.Analysis.Tests.Story;

public sealed class OriginResolverTests
{
    private static readonly OriginResolver Resolver = new([], new Dictionary<long, string?>
    {
        [1] = "Yonhap",
        [2] = "Reuters",
        [3] = "Yonhap",
    });

    private static Origin Resolve(long article, string source, SourceType type, string? actor = null) =>
        Resolver.Resolve(StoryClaims.Troops(article, article == 2 ? "Reuters" : "Yonhap", 1500, source: source, type: type, sourceActor: actor));

    [Fact]
    public void Resolve_OneGovernmentsOfficialsAndIntelligence_AreOneOriginNamedAsTheState()
    {
        // Given an official and the state's intelligence, unnamed, giving one government's figure in two outlets
        var official = Resolve(1, "A U.S. official", SourceType.Official, "united-states");
        var intelligence = Resolve(2, "U.S. intelligence", SourceType.Intelligence, "united-states");
        var lawmakers = Resolve(1, "lawmakers in Washington", SourceType.Official, "united-states");

        // When their origins are resolved
        // Then they are the state's one voice, not three confirmations of its assessment
        Assert.Equal("source:united-states", official.Id);
        Assert.Equal(official.Id, intelligence.Id);
        Assert.Equal(official.Id, lawmakers.Id);
        Assert.Equal("United States", intelligence.Name);
    }

    [Theory]
    [InlineData("Seoul", SourceType.Government)]
    [InlineData("South Korea", SourceType.Government)]
    [InlineData("A senior South Korean official", SourceType.Official)]
    [InlineData("Western and South Korean officials", SourceType.Official)]
    [InlineData("a spokesperson for the South Korean presidency", SourceType.Government)]
    public void Resolve_OfficialsSpokespeopleAndTheCapital_AreTheStatesOwnVoiceNamedAsTheState(string source, SourceType type)
    {
        // Given a source that speaks for a state's government
        // When its origin is resolved
        var origin = Resolve(1, source, type, "south-korea");

        // Then it is the state, named as the lexicon names it, whatever phrase came first
        Assert.Equal("source:south-korea", origin.Id);
        Assert.Equal("South Korea", origin.Name);
    }

    [Fact]
    public void Resolve_ExpertsOfAState_AreKeptApartPerOutlet()
    {
        // Given "South Korean experts" in two outlets, and twice in one
        var yonhap = Resolve(1, "South Korean experts", SourceType.Expert, "south-korea");
        var reuters = Resolve(2, "South Korean experts", SourceType.Expert, "south-korea");
        var yonhapAgain = Resolve(3, "Some South Korean analysts", SourceType.Expert, "south-korea");

        // When their origins are resolved
        // Then experts do not speak for the state, and two outlets' unnamed experts are not known to be the same
        Assert.Equal("source:south-korea/experts@outlet:yonhap", yonhap.Id);
        Assert.Equal("experts (South Korea)", yonhap.Name);
        Assert.Equal("source:south-korea/experts@outlet:reuters", reuters.Id);
        Assert.Equal(yonhap.Id, yonhapAgain.Id);
    }

    [Theory]
    [InlineData("reports", SourceType.Media)]
    [InlineData("intelligence", SourceType.Intelligence)]
    [InlineData("Analysts", SourceType.Expert)]
    [InlineData("Western officials", SourceType.Official)]
    [InlineData("the ministry", SourceType.Government)]
    public void Resolve_SourceThatNamesNobody_IsKeptApartPerOutlet(string source, SourceType type)
    {
        // Given the same unnamed source in two outlets' articles
        var yonhap = Resolve(1, source, type);
        var reuters = Resolve(2, source, type);
        var yonhapAgain = Resolve(3, source, type);

        // When their origins are resolved
        // Then each outlet's is its own origin: nothing says two outlets' "reports" are the same reports
        Assert.NotEqual(yonhap.Id, reuters.Id);
        Assert.StartsWith("unnamed:", yonhap.Id, StringComparison.Ordinal);
        Assert.Equal(yonhap.Id, yonhapAgain.Id);
    }

    [Theory]
    [InlineData("hedge:reportedly")]
    [InlineData("hedge:allegedly")]
    public void Resolve_OutletPassingOnWhatItDoesNotVouchFor_IsItsUnnamedReports(string cue)
    {
        // Given an outlet's own sentence that "reportedly" gives a figure, and the same outlet crediting "reports"
        var hearsay = Resolver.Resolve(StoryClaims.Troops(1, "Yonhap", 4000, source: "Yonhap", type: SourceType.Outlet, cues: [cue]));
        var reports = Resolve(3, "reports", SourceType.Media);
        var own = Resolver.Resolve(StoryClaims.Troops(1, "Yonhap", 4000, source: "Yonhap", type: SourceType.Outlet));

        // When their origins are resolved
        // Then the hedged figure is not the outlet's own assessment: it is the outlet's unnamed reports
        Assert.Equal("unnamed:reports@outlet:yonhap", hearsay.Id);
        Assert.Equal(reports.Id, hearsay.Id);
        Assert.Equal("outlet:yonhap", own.Id);
    }

    [Theory]
    [InlineData("Bloknot", SourceType.Media, "outlet:bloknot")]
    [InlineData("Rand Corporation analysts", SourceType.Expert, "source:rand corporation analysts")]
    public void Resolve_NamedSourceWithoutActor_IsOneOriginAcrossOutlets(string source, SourceType type, string id)
    {
        // Given a named source the lexicon does not know, in two outlets
        // When their origins are resolved
        // Then both are one origin
        Assert.Equal(id, Resolve(1, source, type).Id);
        Assert.Equal(id, Resolve(2, source, type).Id);
    }

    [Fact]
    public void Resolve_RolePhraseOfAKnownBody_IsThatBodyByName()
    {
        // Given a body's official and its minister
        var official = Resolve(1, "a JCS official", SourceType.Official, "south-korea-jcs");
        var minister = Resolve(2, "South Korea's defence minister", SourceType.Government, "south-korea-mnd");

        // When their origins are resolved
        // Then each is the body, shown by the body's name
        Assert.Equal("source:south-korea-jcs", official.Id);
        Assert.Equal("Joint Chiefs of Staff (South Korea)", official.Name);
        Assert.Equal("Ministry of National Defense (South Korea)", minister.Name);
    }
}
