namespace Assay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void Record_Decision_ComesBackWithIdTimeAndEveryField()
    {
        // Given an empty store
        var store = NewStore();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        // When a merge is recorded
        var recorded = store.Record(new DecisionDraft("merge", "12/c3", "14/c1", null, "same NIS figure"));

        // Then it is listed with an id, its fields and the time it was made, in force
        var listed = Assert.Single(store.Decisions());
        Assert.Equal(recorded, listed);
        Assert.True(listed.Id > 0);
        Assert.Equal(("merge", "12/c3", "14/c1", (string?)null, "same NIS figure"), (listed.Kind, listed.Subject, listed.Other, listed.Value, listed.Note));
        Assert.InRange(listed.MadeAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.True(listed.InForce);
    }

    [SkippableFact]
    public void Decisions_ByKind_KeepsOrderAndFiltersKind()
    {
        // Given a merge, a split and another merge
        var store = NewStore();
        var first = store.Record(new DecisionDraft("merge", "1/c1", "2/c1"));
        store.Record(new DecisionDraft("split", "3/c2"));
        var third = store.Record(new DecisionDraft("merge", "4/c1", "5/c5"));

        // When only merges are asked for
        var merges = store.Decisions("merge");

        // Then both merges come back in the order they were made
        Assert.Equal([first.Id, third.Id], merges.Select(d => d.Id));
        Assert.Equal(3, store.Decisions().Count);
    }

    [SkippableFact]
    public void Undo_DecisionInForce_HidesItButKeepsItInHistory()
    {
        // Given a recorded split
        var store = NewStore();
        var split = store.Record(new DecisionDraft("split", "3/c2"));

        // When it is undone with a note
        var undone = store.Undo(split.Id, "wrong claim");

        // Then it is no longer in force, and the history shows when and why it was undone
        Assert.NotNull(undone);
        Assert.False(undone.InForce);
        Assert.Equal("wrong claim", undone.UndoNote);
        Assert.Empty(store.Decisions());
        Assert.Equal(undone, Assert.Single(store.Decisions(includeUndone: true)));
    }

    [SkippableFact]
    public void Undo_UnknownOrAlreadyUndone_ReturnsNull()
    {
        // Given a decision already undone
        var store = NewStore();
        var merge = store.Record(new DecisionDraft("merge", "1/c1", "2/c1"));
        store.Undo(merge.Id);

        // When it, or an id never recorded, is undone
        // Then nothing is undone
        Assert.Null(store.Undo(merge.Id));
        Assert.Null(store.Undo(9999));
    }

    [SkippableFact]
    public void Texts_AfterSave_StreamsEachArticleInIdOrder()
    {
        // Given two stored articles
        var store = NewStore();
        var saved = store.Save([ExtractionSamples.Rich(), ExtractionSamples.Simple("A second report", new DateOnly(2024, 11, 2))]);

        // When the texts are read
        var texts = store.Texts().ToList();

        // Then each comes back once with its id, outlet, date and text
        Assert.Equal(saved.Select(s => s.ArticleId).Order(), texts.Select(t => t.Id));
        var rich = texts.Single(t => t.Id == saved[0].ArticleId);
        Assert.Equal(ExtractionSamples.Rich().Article.Text, rich.Text);
        Assert.Equal(ExtractionSamples.Rich().Article.Outlet, rich.Outlet);
        Assert.Equal(ExtractionSamples.Rich().Article.Published, rich.Published);
    }

    [SkippableFact]
    public void Texts_ByIds_ReturnsThoseArticlesOnceInIdOrder()
    {
        // Given three stored articles
        var store = NewStore();
        var saved = store.Save([
            ExtractionSamples.Rich(),
            ExtractionSamples.Simple("A second report", new DateOnly(2024, 11, 2)),
            ExtractionSamples.Simple("A third report", new DateOnly(2024, 11, 3))]);

        // When the last and the first are asked for, one of them twice, with an id never stored
        var texts = store.Texts([saved[2].ArticleId, saved[0].ArticleId, saved[2].ArticleId, 9_999]).ToList();

        // Then those two come back, once each, in id order, with their texts
        Assert.Equal(new[] { saved[0].ArticleId, saved[2].ArticleId }.Order(), texts.Select(t => t.Id));
        Assert.Equal(ExtractionSamples.Rich().Article.Text, texts.Single(t => t.Id == saved[0].ArticleId).Text);
        Assert.Empty(store.Texts([]));
    }
}
