using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;

namespace Assay.Storage.Tests;

/// <summary>Claim, estimate and source queries.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateOnly June = new(2024, 6, 1);
    private static readonly DateOnly October = new(2024, 10, 15);

    /// <summary>Four articles with claims that differ in each filtered field.</summary>
    private IStore StoreWithClaims()
    {
        var store = NewStore();
        store.Save([
            ExtractionSamples.Simple(
                "October report",
                October,
                "Herald",
                claims:
                [
                    new SampleClaim("NIS", EventType.Deploy, Stance.Asserted, Counted: "North Korean Troops", Type: SourceType.Intelligence),
                    new SampleClaim("Kremlin", EventType.Deploy, Stance.Denied, Theme: "soldiers", Type: SourceType.Government),
                ]),
            ExtractionSamples.Simple(
                "June report",
                June,
                "Gazette",
                claims:
                [
                    new SampleClaim("officials", EventType.Supply, Stance.Reported, Theme: "artillery shells", Via: ["Yonhap", "Kyodo"]),
                    new SampleClaim("NIS", EventType.Supply, Stance.Asserted, Counted: "shells", Type: SourceType.Intelligence),
                ]),
            ExtractionSamples.Simple(
                "Undated report",
                null,
                "Herald",
                claims: [new SampleClaim("NIS", EventType.Deploy, Stance.Speculated, Counted: "troops", Type: SourceType.Official)]),
            ExtractionSamples.Simple(
                "Cyrillic report",
                October,
                "Вестник",
                claims: [new SampleClaim("Министерство обороны", EventType.Combat, Stance.Confirmed, Theme: "Войска", Type: SourceType.Military)]),
        ]);
        return store;
    }

    private static string[] Sources(IReadOnlyList<StoredClaim> claims) => [.. claims.Select(c => c.Claim.Source)];

    [SkippableFact]
    public void Claims_NoFilter_OrderedByPublishedArticleAndOrdinalUndatedLast()
    {
        // Given claims across dated and undated articles
        var store = StoreWithClaims();

        // When every claim is asked for
        var claims = store.Claims(new ClaimQuery());

        // Then June comes before October, within an article text order holds, and undated comes last
        Assert.Equal(["officials", "NIS", "NIS", "Kremlin", "Министерство обороны", "NIS"], Sources(claims));
        Assert.Equal(["c1", "c2"], claims.Take(2).Select(c => c.Claim.Id));
        Assert.Equal(June, claims[0].Published);
        Assert.Equal("June report", claims[0].ArticleTitle);
        Assert.Equal("Gazette", claims[0].Outlet);
        Assert.Null(claims[^1].Published);
    }

    [SkippableFact]
    public void Claims_NewestFirst_LatestPublishedFirstThenNewestStoredUndatedLast()
    {
        // Given claims across dated and undated articles (October stored first, then June, undated, and a second October)
        var store = StoreWithClaims();

        // When the newest claims are asked for, all and then the latest three
        var all = store.Claims(new ClaimQuery { NewestFirst = true });
        var latest = store.Claims(new ClaimQuery { NewestFirst = true, Limit = 3 });

        // Then the later October article comes first, then the earlier one in text order, June, and undated last
        Assert.Equal(["Министерство обороны", "NIS", "Kremlin", "officials", "NIS", "NIS"], Sources(all));
        Assert.Equal(["Министерство обороны", "NIS", "Kremlin"], Sources(latest));
        Assert.Null(all[^1].Published);
    }

    [SkippableFact]
    public void Claims_SubjectFilter_MatchesCountedOrThemeIgnoringCase()
    {
        // Given claims counting troops, naming soldiers and shells as themes
        var store = StoreWithClaims();

        // When filtered by subject
        var troops = store.Claims(new ClaimQuery { Subject = "TROOP" });
        var shells = store.Claims(new ClaimQuery { Subject = "shells" });
        var cyrillic = store.Claims(new ClaimQuery { Subject = "войска" });

        // Then counted subjects and themes both match, case-insensitively in any script
        Assert.Equal(["NIS", "NIS"], Sources(troops));
        Assert.Equal(["North Korean Troops", "troops"], troops.Select(c => c.Quantity?.Counted));
        Assert.Equal(["officials", "NIS"], Sources(shells));
        Assert.Equal(["Министерство обороны"], Sources(cyrillic));
    }

    [SkippableFact]
    public void Claims_SubjectWithLikeWildcards_MatchesLiterally()
    {
        // Given claims whose subjects contain no percent sign or underscore
        var store = StoreWithClaims();

        // When filtered by wildcard characters
        var percent = store.Claims(new ClaimQuery { Subject = "%" });
        var underscore = store.Claims(new ClaimQuery { Subject = "_" });

        // Then nothing matches
        Assert.Empty(percent);
        Assert.Empty(underscore);
    }

    [SkippableFact]
    public void Claims_SourceFilter_MatchesSourceOrAnyVia()
    {
        // Given one claim relayed via Yonhap and Kyodo
        var store = StoreWithClaims();

        // When filtered by source name fragments
        var bySource = store.Claims(new ClaimQuery { Source = "nis" });
        var byVia = store.Claims(new ClaimQuery { Source = "kyodo" });
        var byCyrillic = store.Claims(new ClaimQuery { Source = "МИНИСТЕРСТВО" });
        var acrossElements = store.Claims(new ClaimQuery { Source = "Yonhap\",\"Kyodo" });

        // Then a source or any via matches, and a fragment cannot straddle two via entries
        Assert.Equal(["NIS", "NIS", "NIS"], Sources(bySource));
        Assert.Equal(["officials"], Sources(byVia));
        Assert.Equal(["Yonhap", "Kyodo"], byVia[0].Claim.Via);
        Assert.Equal(["Министерство обороны"], Sources(byCyrillic));
        Assert.Empty(acrossElements);
    }

    [SkippableFact]
    public void Claims_EventAndStanceFilters_KeepOnlyThoseValues()
    {
        // Given claims of several events and stances
        var store = StoreWithClaims();

        // When filtered by event, by stance, and by both
        var supply = store.Claims(new ClaimQuery { Event = EventType.Supply });
        var denied = store.Claims(new ClaimQuery { Stance = Stance.Denied });
        var assertedDeploy = store.Claims(new ClaimQuery { Event = EventType.Deploy, Stance = Stance.Asserted });

        // Then only matching claims remain
        Assert.Equal(["officials", "NIS"], Sources(supply));
        Assert.Equal(["Kremlin"], Sources(denied));
        Assert.Single(assertedDeploy);
        Assert.Equal("October report", assertedDeploy[0].ArticleTitle);
    }

    [SkippableFact]
    public void Claims_SinceFilter_KeepsArticlesPublishedOnOrAfterIt()
    {
        // Given articles from June, October and undated
        var store = StoreWithClaims();

        // When filtered since the October publication day
        var claims = store.Claims(new ClaimQuery { Since = October });

        // Then only October claims remain (the day itself included, undated excluded)
        Assert.Equal(["NIS", "Kremlin", "Министерство обороны"], Sources(claims));
    }

    [SkippableFact]
    public void Claims_ArticleIdAndLimit_NarrowTheResult()
    {
        // Given the rich sample among other articles
        var store = StoreWithClaims();
        var id = store.Save([ExtractionSamples.Rich()])[0].ArticleId;

        // When filtered by its id, and limited
        var ofArticle = store.Claims(new ClaimQuery { ArticleId = id });
        var limited = store.Claims(new ClaimQuery { ArticleId = id, Limit = 2 });
        var none = store.Claims(new ClaimQuery { Limit = 0 });

        // Then only its claims come back, in text order, cut at the limit
        Assert.Equal(["c1", "c2", "c3"], ofArticle.Select(c => c.Claim.Id));
        Assert.All(ofArticle, c => Assert.Equal(id, c.ArticleId));
        Assert.Equal(["c1", "c2"], limited.Select(c => c.Claim.Id));
        Assert.Empty(none);
    }

    [SkippableFact]
    public void Claims_WithQuantityAndTime_ResolvesBoth()
    {
        // Given the rich sample, whose first claim has a quantity and a time and whose third has neither
        var store = NewStore();
        var sample = ExtractionSamples.Rich();
        var id = store.Save([sample])[0].ArticleId;

        // When its claims are read
        var claims = store.Claims(new ClaimQuery { ArticleId = id });

        // Then the claim, quantity and time are the sample's
        ExtractionAssert.Equal(sample.Claims[0], claims[0].Claim);
        Assert.Equal(sample.Quantities[0], claims[0].Quantity);
        Assert.Equal(sample.Times[0], claims[0].Time);
        Assert.Equal(sample.Quantities[1], claims[1].Quantity);
        Assert.Null(claims[1].Time);
        Assert.Null(claims[2].Quantity);
        Assert.Null(claims[2].Time);
    }

    [SkippableFact]
    public void Estimates_Subject_OnlyClaimsWithMatchingCountedQuantity()
    {
        // Given claims with and without quantities, some naming troops only as a theme
        var store = StoreWithClaims();

        // When estimates are asked for troops, for all, and for a theme-only subject
        var troops = store.Estimates("troops");
        var all = store.Estimates(null);
        var themeOnly = store.Estimates("soldiers");

        // Then only claims carrying a quantity whose counted subject matches come back, in publication order
        Assert.Equal(["North Korean Troops", "troops"], troops.Select(c => c.Quantity?.Counted));
        Assert.Equal(["shells", "North Korean Troops", "troops"], all.Select(c => c.Quantity?.Counted));
        Assert.All(all, c => Assert.Equal(QuantityQualifier.Exact, c.Quantity!.Qualifier));
        Assert.Empty(themeOnly);
    }

    [SkippableFact]
    public void Sources_Always_GroupedWithCountsMostClaimsFirst()
    {
        // Given NIS credited three times in three articles and two outlets, with two source types
        var store = StoreWithClaims();

        // When sources are summarised
        var sources = store.Sources();

        // Then NIS leads with its counts, most frequent type and date range (undated ignored)
        Assert.Equal(["NIS", "Kremlin", "officials", "Министерство обороны"], sources.Select(s => s.Source));
        var nis = sources[0];
        Assert.Equal(new SourceSummary("NIS", SourceType.Intelligence, 3, 3, 2, June, October), nis);
        Assert.Equal(new SourceSummary("officials", SourceType.Official, 1, 1, 1, June, June), sources[2]);
    }

    [SkippableFact]
    public void Sources_EmptyStore_ReturnsNothing()
    {
        // Given an empty store
        var store = NewStore();

        // When sources are summarised
        var sources = store.Sources();

        // Then there are none
        Assert.Empty(sources);
    }
}
