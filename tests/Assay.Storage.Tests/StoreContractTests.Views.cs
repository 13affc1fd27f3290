using Assay.Core.Claims;
using Assay.Core.Sources;

namespace Assay.Storage.Tests;

/// <summary>Claims found by word, and views kept until the store changes.</summary>
public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void Claims_Text_MatchesWholeWordsOfSubjectSourceOrViaNewestFirst()
    {
        // Given claims about soldiers and artillery shells, one relayed via Yonhap and Kyodo, and one in Cyrillic
        var store = StoreWithClaims();

        // When searched by word
        var shells = store.Claims(new ClaimQuery { Text = "SHELLS" });
        var byVia = store.Claims(new ClaimQuery { Text = "kyodo" });
        var twoWords = store.Claims(new ClaimQuery { Text = "artillery officials" });
        var withArticle = store.Claims(new ClaimQuery { Text = "the artillery shells" });
        var prefix = store.Claims(new ClaimQuery { Text = "artill*" });
        var cyrillic = store.Claims(new ClaimQuery { Text = "войска" });
        var partWord = store.Claims(new ClaimQuery { Text = "artill" });

        // Then whole words of the theme, source or via match in any case and script, every word must match, a
        // trailing * is a prefix, "the" need not be stored, and the newest stored claim comes first
        Assert.Equal(["officials"], Sources(shells));
        Assert.Equal(["officials"], Sources(byVia));
        Assert.Equal(["officials"], Sources(twoWords));
        Assert.Equal(["officials"], Sources(withArticle));
        Assert.Equal(["officials"], Sources(prefix));
        Assert.Equal(["Министерство обороны"], Sources(cyrillic));
        Assert.Empty(partWord);
    }

    [SkippableFact]
    public void Claims_TextWithOtherFilters_AppliesAllNewestFirstWithinLimit()
    {
        // Given three stored articles whose claims all credit the NIS
        var store = StoreWithClaims();

        // When searched by the source's name, alone, with an event filter, and limited to one
        var all = store.Claims(new ClaimQuery { Text = "nis" });
        var deployments = store.Claims(new ClaimQuery { Text = "nis", Event = EventType.Deploy });
        var first = store.Claims(new ClaimQuery { Text = "nis", Limit = 1 });

        // Then the newest stored (highest article id) comes first, filters narrow the result and the limit cuts it
        Assert.Equal(3, all.Count);
        Assert.Equal(all.Select(c => c.ArticleId).OrderDescending(), all.Select(c => c.ArticleId));
        Assert.Equal(all.Where(c => c.Claim.Event == EventType.Deploy).Select(c => c.ArticleTitle), deployments.Select(c => c.ArticleTitle));
        Assert.Equal(2, deployments.Count);
        Assert.Equal([all[0].ArticleTitle], first.Select(c => c.ArticleTitle));
    }

    [SkippableFact]
    public void Claims_TextWithoutWords_MatchesNothing()
    {
        // Given stored claims
        var store = StoreWithClaims();

        // When the search text holds no word, or only FTS or tsquery syntax
        // Then nothing matches and nothing fails
        Assert.Empty(store.Claims(new ClaimQuery { Text = "  " }));
        Assert.Empty(store.Claims(new ClaimQuery { Text = "\"" }));
        Assert.Empty(store.Claims(new ClaimQuery { Text = "NOT OR AND" }));
        Assert.Empty(store.Claims(new ClaimQuery { Text = "subject:(x) & !y" }));
    }

    [SkippableFact]
    public void View_SavedAtStamp_ServedUntilAnArticleOrDecisionChangesTheStamp()
    {
        // Given a store with one article and a view saved at its stamp
        var store = NewStore();
        store.Save([ExtractionSamples.Simple("First report", October)]);
        var stamp = store.ViewStamp();
        store.SaveView("series:troops", stamp, "{\"points\":1}");

        // When it is read at that stamp, then after an article is added, a decision recorded and undone
        var fresh = store.View("series:troops", stamp);
        store.Save([ExtractionSamples.Simple("Second report", October)]);
        var afterArticle = store.ViewStamp();
        var decision = store.Record(new DecisionDraft("merge", "1/c1", "2/c1"));
        var afterDecision = store.ViewStamp();
        store.Undo(decision.Id);
        var afterUndo = store.ViewStamp();

        // Then it is served at its own stamp only, and each change gives a new stamp
        Assert.Equal("{\"points\":1}", fresh);
        Assert.Null(store.View("series:troops", afterArticle));
        Assert.Null(store.View("story:troops", stamp));
        Assert.Equal(4, new[] { stamp, afterArticle, afterDecision, afterUndo }.Distinct().Count());
    }

    [SkippableFact]
    public void SaveView_SameKeyAgain_ReplacesTheBody()
    {
        // Given a view saved once
        var store = NewStore();
        var stamp = store.ViewStamp();
        store.SaveView("story:all", "old-stamp", "old");

        // When it is saved again under the same key at the current stamp
        store.SaveView("story:all", stamp, "new");

        // Then only the new body is served
        Assert.Equal("new", store.View("story:all", stamp));
        Assert.Null(store.View("story:all", "old-stamp"));
    }

    [SkippableFact]
    public void ViewStamp_SavingAnArticleAlreadyStored_KeepsTheStamp()
    {
        // Given a stored article and the stamp after it
        var store = NewStore();
        var article = ExtractionSamples.Simple("Only report", October, claims: [new SampleClaim("NIS", EventType.Deploy, Stance.Asserted, Type: SourceType.Intelligence)]);
        store.Save([article]);
        var stamp = store.ViewStamp();

        // When the same article is saved again
        store.Save([article]);

        // Then nothing changed, and views built before stay current
        Assert.Equal(stamp, store.ViewStamp());
    }
}
