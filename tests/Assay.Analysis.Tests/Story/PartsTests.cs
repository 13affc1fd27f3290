using Assay.Analysis.Story;
using Assay.Core.Claims;

namespace Assay.Analysis.Tests.Story;

public sealed class PartsTests
{
    [Theory]
    [InlineData("12/c3", 12, "c3")]
    [InlineData(" 7/c10", 7, "c10")]
    public void ClaimRef_TryParse_ReadsArticleAndClaim(string text, long article, string claim)
    {
        // Given a written reference
        // When it is parsed
        Assert.True(ClaimRef.TryParse(text, out var parsed));

        // Then it names that article and claim, and prints back the same way
        Assert.Equal(new ClaimRef(article, claim), parsed);
        Assert.Equal(text.Trim(), parsed.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("p12.c3")]
    [InlineData("12/")]
    [InlineData("x/c1")]
    public void ClaimRef_TryParse_RejectsOtherText(string text)
    {
        // Given text that is not a reference
        // When it is parsed
        // Then it is refused
        Assert.False(ClaimRef.TryParse(text, out _));
    }

    [Fact]
    public void ClaimRef_Order_IsNumericWithinAnArticle()
    {
        // Given c2 and c10 of one article
        // When they are compared
        // Then c2 comes first
        Assert.True(new ClaimRef(3, "c2") < new ClaimRef(3, "c10"));
        Assert.True(new ClaimRef(2, "c10") < new ClaimRef(3, "c1"));
    }

    [Fact]
    public void MinHash_Similarity_TracksShingleOverlap()
    {
        // Given a text, a copy with a tenth cut, and an unrelated text
        var seeds = MinHash.Seeds(64);
        var text = StoryClaims.Text(3, 300);
        var a = MinHash.Signature(text, 5, seeds);
        var b = MinHash.Signature(text[..(text.Length * 9 / 10)], 5, seeds);
        var c = MinHash.Signature(StoryClaims.Text(4, 300), 5, seeds);

        // When their signatures are compared
        // Then identical is 1, the cut copy is high, the unrelated text near 0
        Assert.Equal(1.0, MinHash.Similarity(a, a));
        Assert.InRange(MinHash.Similarity(a, b), 0.7, 1.0);
        Assert.InRange(MinHash.Similarity(a, c), 0.0, 0.1);
    }

    [Fact]
    public void MinHash_TooShortText_HasNoSignature()
    {
        // Given four words, fewer than one shingle
        // When a signature is made
        // Then it is empty and similar to nothing
        var empty = MinHash.Signature("only four words here", 5, MinHash.Seeds(8));
        Assert.Empty(empty);
        Assert.Equal(0, MinHash.Similarity(empty, empty));
    }

    [Theory]
    [InlineData(1500, 0)]
    [InlineData(10000, 0)]
    [InlineData(1350, 1)]
    [InlineData(1347, 2)]
    [InlineData(99, 0)]
    public void CopyDetector_Oddness_RoundFiguresAreNotOdd(double value, int oddness)
    {
        // Given a figure
        // When its oddness is scored
        // Then round figures score nothing and precise ones more
        Assert.Equal(oddness, CopyDetector.Oddness(value));
    }

    [Theory]
    [InlineData("north korean soldiers", "north-korea troops", "troops")]
    [InlineData("North Korean troops", "north-korea troops", "troops")]
    [InlineData("soldiers killed", "troops killed", "troops killed")]
    [InlineData("artillery shells", "shells", "shells")]
    [InlineData("special forces", "special forces", "special forces")]
    [InlineData("additional soldiers", "troops", "troops")]
    public void SubjectNormaliser_Of_NormalisesNationalityAndNoun(string counted, string key, string noun)
    {
        // Given a claim counting the phrase, with no agent
        var claim = StoryClaims.Troops(1, "A", 100, counted: counted, scope: "to Russia", type2: EventType.Casualty);

        // When its subject is normalised
        var subject = SubjectNormaliser.Default.Of(claim);

        // Then nationality and noun take their canonical forms, and the place resolves to its actor
        Assert.Equal(key, subject.Key);
        Assert.Equal(noun, subject.Noun);
        Assert.Equal("russia", subject.ScopeKey);
        Assert.Equal(counted.StartsWith("additional", StringComparison.Ordinal), subject.Increment);
    }

    [Fact]
    public void SubjectNormaliser_Of_PlaceSuffixesFold()
    {
        // Given "in the Kursk region" and "in Kursk Oblast"
        var region = SubjectNormaliser.Default.Of(StoryClaims.Troops(1, "A", 100, scope: "in the Kursk region"));
        var oblast = SubjectNormaliser.Default.Of(StoryClaims.Troops(1, "A", 100, scope: "in Kursk Oblast"));

        // When compared
        // Then both are Kursk
        Assert.Equal("kursk", region.ScopeKey);
        Assert.Equal(region.ScopeKey, oblast.ScopeKey);
    }

    [Theory]
    [InlineData("in Russia's Far East", "far east")]
    [InlineData("in the Russian Far East", "far east")]
    [InlineData("to the Far East", "far east")]
    [InlineData("in Russia's Kursk region", "kursk")]
    [InlineData("in Russia's east", "russia's east")]
    [InlineData("in Ukraine's east", "ukraine's east")]
    [InlineData("in Russian-occupied Donetsk Oblast", "russian-occupied donetsk")]
    [InlineData("in Russia", "russia")]
    public void SubjectNormaliser_Of_RegionNamedWithItsStateIsTheRegion(string scope, string key)
    {
        // Given a region written with its state ("Russia's Far East", "the Russian Far East") or without it
        var subject = SubjectNormaliser.Default.Of(StoryClaims.Troops(1, "A", 100, scope: scope));

        // When its place is normalised
        // Then a named region is one place however its state is written; a bare side of a country keeps the country
        Assert.Equal(key, subject.ScopeKey);
    }

    [Fact]
    public void EffectiveSources_CopyByOneOrigin_CountsLittleMore()
    {
        // Given an origin stated once directly and once through a copy with similarity 0.9
        var origin = new Origin("outlet:a", "A", Core.Sources.SourceType.Outlet);
        var subject = new Subject("troops", "troops", "", "");
        var direct = new PropositionClaim(StoryClaims.Troops(1, "A", 5), origin, ClaimRole.Supports, subject, null, null);
        var copied = new PropositionClaim(StoryClaims.Troops(2, "B", 5), origin, ClaimRole.Supports, subject, null, new DerivedLink(2, 1, 0.9, "shared wording"));

        // When n_eff is computed
        var n = PropositionAssembler.EffectiveSources([direct, copied]);

        // Then it is 2 / (1 + 0.9) ≈ 1.05: barely more than one voice
        Assert.Equal(2 / 1.9, n, 6);
    }
}
