using Assay.Core.Claims;
using Assay.Storage;

namespace Assay.Cli.Tests.Support;

/// <summary>An in-memory <see cref="IStore"/> for CLI tests, until the SQLite store is merged; only as clever as the
/// commands under test need.</summary>
internal sealed class FakeStore : IStore
{
    private readonly List<(StoredArticle Article, ArticleExtraction Extraction)> _articles = [];

    /// <summary>Claims returned by <see cref="Claims"/> and <see cref="Estimates"/> when set, instead of the saved ones.</summary>
    public List<StoredClaim>? CannedClaims { get; set; }

    public List<SourceSummary> CannedSources { get; } = [];

    public int SaveCalls { get; private set; }

    /// <summary>Runs before each batch is saved; a test may throw from it to play a failing store.</summary>
    public Action<IReadOnlyList<ArticleExtraction>>? BeforeSave { get; set; }

    public bool Disposed { get; private set; }

    public void Migrate()
    {
    }

    public IReadOnlyList<SaveResult> Save(IReadOnlyList<ArticleExtraction> batch)
    {
        SaveCalls++;
        BeforeSave?.Invoke(batch);
        var results = new List<SaveResult>();
        foreach (var extraction in batch)
        {
            var hash = extraction.Article.ContentHash;
            var existing = _articles.FindIndex(a => a.Article.ContentHash == hash);
            if (existing >= 0)
            {
                results.Add(new SaveResult(_articles[existing].Article.Id, false));
                continue;
            }

            var a = extraction.Article;
            var stored = new StoredArticle(_articles.Count + 1, hash, a.Title, a.Outlet, a.Byline, a.Published, a.Url, a.Kind, a.Location, a.WordCount, extraction.Claims.Count);
            _articles.Add((stored, extraction));
            results.Add(new SaveResult(stored.Id, true));
        }

        return results;
    }

    public bool Contains(string contentHash) => _articles.Any(a => a.Article.ContentHash == contentHash);

    public IReadOnlyList<StoredArticle> Articles(int limit = int.MaxValue) => _articles.Select(a => a.Article).Take(limit).ToList();

    public StoredArticle? FindArticle(string key) =>
        _articles.Select(a => a.Article).FirstOrDefault(a =>
            a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == key
            || (key.Length >= 6 && a.ContentHash.StartsWith(key, StringComparison.Ordinal))
            || a.Url == key);

    public IEnumerable<StoredText> Texts() =>
        _articles.Select(a => new StoredText(a.Article.Id, a.Article.Outlet, a.Article.Published, a.Extraction.Article.Text));

    public IEnumerable<StoredText> Texts(IReadOnlyCollection<long> articleIds) =>
        [.. Texts().Where(t => articleIds.Contains(t.Id)).OrderBy(t => t.Id)];

    private readonly List<StoredDecision> _decisions = [];

    public StoredDecision Record(DecisionDraft draft)
    {
        var decision = new StoredDecision(_decisions.Count + 1, draft.Kind, draft.Subject, draft.Other, draft.Value, draft.Note, DateTimeOffset.UtcNow, null, null);
        _decisions.Add(decision);
        return decision;
    }

    public IReadOnlyList<StoredDecision> Decisions(string? kind = null, bool includeUndone = false) =>
        [.. _decisions.Where(d => (kind is null || d.Kind == kind) && (includeUndone || d.InForce))];

    public StoredDecision? Undo(long id, string? note = null)
    {
        var index = _decisions.FindIndex(d => d.Id == id && d.InForce);
        if (index < 0)
        {
            return null;
        }

        _decisions[index] = _decisions[index] with { UndoneAt = DateTimeOffset.UtcNow, UndoNote = note };
        return _decisions[index];
    }

    public ArticleExtraction? LoadExtraction(long articleId) =>
        _articles.Where(a => a.Article.Id == articleId).Select(a => a.Extraction).FirstOrDefault();

    private readonly Dictionary<string, (string Stamp, string Body)> _views = [];

    public string ViewStamp() =>
        $"a{_articles.Count}.d{_decisions.Count}.u{_decisions.Count(d => d.UndoneAt is not null)}";

    public string? View(string key, string stamp) =>
        _views.TryGetValue(key, out var view) && view.Stamp == stamp ? view.Body : null;

    public void SaveView(string key, string stamp, string body) => _views[key] = (stamp, body);

    public IReadOnlyList<StoredClaim> Claims(ClaimQuery query) =>
        AllClaims()
            .Where(c => query.Text is null || query.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w =>
                (c.Claim.Theme ?? "").Contains(w, StringComparison.OrdinalIgnoreCase) || c.Claim.Source.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Where(c => query.Event is null || c.Claim.Event == query.Event)
            .Where(c => query.Stance is null || c.Claim.Stance == query.Stance)
            .Where(c => query.Since is null || c.Published >= query.Since)
            .Where(c => query.Source is null || c.Claim.Source.Contains(query.Source, StringComparison.OrdinalIgnoreCase))
            .Take(query.Limit)
            .ToList();

    public IReadOnlyList<StoredClaim> Estimates(string? subject) =>
        AllClaims().Where(c => c.Quantity is not null && (subject is null || (c.Quantity.Counted ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase))).ToList();

    public IReadOnlyList<SourceSummary> Sources() => CannedSources;

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) =>
        _articles.Where(a => a.Extraction.Article.Text.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Select(a => new SearchHit(a.Article.Id, a.Article.Title, a.Extraction.Article.Text))
            .Take(limit)
            .ToList();

    public StoreStats Stats() => new(_articles.Count, AllClaims().Count(), 0, 0, 1);

    public void Dispose() => Disposed = true;

    private IEnumerable<StoredClaim> AllClaims() =>
        CannedClaims ?? _articles.SelectMany(a => a.Extraction.Claims.Select(c => new StoredClaim(
            a.Article.Id, a.Article.Title, a.Article.Outlet, a.Article.Published, c,
            c.QuantityIndex is { } q ? a.Extraction.Quantities[q] : null,
            c.TimeIndex is { } t ? a.Extraction.Times[t] : null)));
}
