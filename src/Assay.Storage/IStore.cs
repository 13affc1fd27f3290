using Assay.Core.Claims;

namespace Assay.Storage;

/// <summary>Where articles and their extractions are kept; one contract, one implementation per database.</summary>
/// <remarks>Implementations are safe for one thread at a time; open one store per worker.</remarks>
public interface IStore : IDisposable
{
    /// <summary>Brings the schema up to the latest version; safe to call on every start.</summary>
    void Migrate();

    /// <summary>Stores a batch of extractions in one transaction. An article whose content hash is already
    /// stored is left unchanged and reported as such.</summary>
    IReadOnlyList<SaveResult> Save(IReadOnlyList<ArticleExtraction> batch);

    /// <summary>Makes <paramref name="extraction"/> ready to save, on the calling thread; safe to call from any thread
    /// while the store is in use on another (it reads nothing from the database).</summary>
    /// <param name="extraction">What was extracted from one article.</param>
    /// <param name="contentHash">The article's content hash when the caller has it already; computed otherwise.</param>
    /// <remarks>The default keeps the objects as they are, for stores that write from them.</remarks>
    PreparedArticle Prepare(ArticleExtraction extraction, string? contentHash = null)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        return new PreparedArticle(extraction, contentHash ?? extraction.Article.ContentHash);
    }

    /// <summary>Stores a batch of prepared extractions in one transaction, as <see cref="Save(IReadOnlyList{ArticleExtraction})"/>
    /// does. The batch stays the caller's to dispose.</summary>
    /// <remarks>The default saves the extractions the batch kept.</remarks>
    IReadOnlyList<SaveResult> SavePrepared(IReadOnlyList<PreparedArticle> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Save([.. batch.Select((p, i) => p?.Extraction ?? throw new ArgumentException($"Batch item {i} is null or was prepared by another kind of store.", nameof(batch)))]);
    }

    /// <summary>True when an article with this content hash is stored.</summary>
    bool Contains(string contentHash);

    /// <summary>The hashes among <paramref name="contentHashes"/> whose article is stored; one query per few hundred
    /// hashes rather than one per hash.</summary>
    /// <remarks>The default asks <see cref="Contains"/> once per hash, for stores with nothing faster.</remarks>
    IReadOnlySet<string> StoredHashes(IReadOnlyCollection<string> contentHashes)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        return contentHashes.Where(Contains).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Stored articles, newest first.</summary>
    IReadOnlyList<StoredArticle> Articles(int limit = int.MaxValue);

    /// <summary>A page of the stored articles <paramref name="query"/> selects, newest first (by date, then id), read
    /// by the database: a list of a hundred thousand articles is never sorted in memory.</summary>
    /// <remarks>The default filters <see cref="Articles(int)"/>, for stores with nothing faster.</remarks>
    IReadOnlyList<StoredArticle> Articles(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. Articles().Where(query.Matches).Skip(query.Offset).Take(query.Limit)];
    }

    /// <summary>How many stored articles <paramref name="query"/>'s filters select (its paging aside).</summary>
    int CountArticles(ArticleQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Articles().Count(query.Matches);
    }

    /// <summary>Finds an article by id, content-hash prefix (at least 6 characters) or exact URL.</summary>
    StoredArticle? FindArticle(string key);

    /// <summary>Loads the whole extraction of a stored article, or null when there is none with that id.</summary>
    ArticleExtraction? LoadExtraction(long articleId);

    /// <summary>Claims matching <paramref name="query"/>, in publication order then text order.</summary>
    IReadOnlyList<StoredClaim> Claims(ClaimQuery query);

    /// <summary>Claims carrying a quantity whose counted subject contains <paramref name="subject"/> (all when null),
    /// in publication order.</summary>
    IReadOnlyList<StoredClaim> Estimates(string? subject);

    /// <summary>Every source claims are credited to, with counts.</summary>
    IReadOnlyList<SourceSummary> Sources();

    /// <summary>Full-text search over article text; returns matching article ids with a snippet, best first among the
    /// newest 1,000 matches.</summary>
    /// <remarks>Ranking every article that holds a common word takes about a second on a million articles; ranking the
    /// newest matches keeps a search of a running story fast, and a store with fewer matches ranks them all.</remarks>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    /// <summary>Returns once the indexes this store brings up to date in the background after a save cover every saved
    /// article; searches wait for that themselves, so this is for timing a save or handing the store on.</summary>
    void WaitForIndexes()
    {
    }

    /// <summary>Every article's id, outlet, date and text, in id order, read as a stream: texts are not held in memory.</summary>
    /// <remarks>Dispose the enumerator (a foreach does) before calling the store again.</remarks>
    IEnumerable<StoredText> Texts();

    /// <summary>The id, outlet, date and text of each of these articles (unknown ids are left out), in id order, read
    /// a thousand at a time: a story of a hundred thousand articles is never held in memory at once.</summary>
    /// <remarks>Reads a story's articles without reading the corpus: the story picture of one subject needs only the
    /// texts its claims come from.</remarks>
    IEnumerable<StoredText> Texts(IReadOnlyCollection<long> articleIds);

    /// <summary>Records an analyst's decision and returns it with its id and time.</summary>
    StoredDecision Record(DecisionDraft draft);

    /// <summary>Decisions in the order they were made, of one kind (all kinds when null); undone ones only when asked.</summary>
    IReadOnlyList<StoredDecision> Decisions(string? kind = null, bool includeUndone = false);

    /// <summary>Undoes a decision in force; returns it as undone, or null when there is none with that id in force.</summary>
    StoredDecision? Undo(long id, string? note = null);

    /// <summary>A token that changes whenever an article is added or a decision is recorded or undone: a view built
    /// at one stamp is current while the stamp stays the same.</summary>
    string ViewStamp();

    /// <summary>The stored body of view <paramref name="key"/> if it was built at <paramref name="stamp"/>; null
    /// when there is none or it is out of date.</summary>
    string? View(string key, string stamp);

    /// <summary>Stores view <paramref name="key"/> (an estimate series, a story picture, as JSON) built at
    /// <paramref name="stamp"/>, replacing any older one.</summary>
    void SaveView(string key, string stamp, string body);

    /// <summary>Adds a user of the web workbench with a role (see <see cref="UserRoles"/>); null when the name is taken.</summary>
    /// <remarks>The default is for stores that keep no users.</remarks>
    StoredUser? AddUser(string name, string role) => throw new NotSupportedException("This store keeps no users.");

    /// <summary>Every user, by name, with how many valid tokens each holds.</summary>
    IReadOnlyList<StoredUser> Users() => [];

    /// <summary>Issues a new API token for a user; null when there is no such user. Only the token's SHA-256 is kept,
    /// so the returned secret is the only time it is known.</summary>
    IssuedToken? IssueToken(string userName) => throw new NotSupportedException("This store keeps no users.");

    /// <summary>Whom a token signs in (compared by hash, in constant time); null for an unknown or revoked token or a
    /// disabled user.</summary>
    TokenUser? FindToken(string secret) => null;

    /// <summary>Revokes a token by id; false when there is no valid token with that id.</summary>
    bool RevokeToken(long tokenId) => false;

    /// <summary>True while the token with this id is not revoked and its user not disabled.</summary>
    bool TokenValid(long tokenId) => false;

    /// <summary>Gives a user another role (see <see cref="UserRoles"/>); false when there is no such user.</summary>
    bool SetUserRole(string name, string role) => throw new NotSupportedException("This store keeps no users.");

    /// <summary>Disables a user, so none of their tokens signs in and their sessions end, or enables them again; false
    /// when there is no such user.</summary>
    bool SetUserDisabled(string name, bool disabled) => throw new NotSupportedException("This store keeps no users.");

    /// <summary>What is remembered of a watched feed (validators, last poll, last error); null when it was never saved.</summary>
    /// <remarks>The default is for stores that keep no feeds.</remarks>
    FeedState? Feed(string url) => null;

    /// <summary>Every watched feed's state, by URL.</summary>
    IReadOnlyList<FeedState> Feeds() => [];

    /// <summary>Inserts or replaces the state of a watched feed.</summary>
    void SaveFeed(FeedState feed) => throw new NotSupportedException("This store keeps no feeds.");

    /// <summary>The item keys among <paramref name="keys"/> already stored from feed <paramref name="feedUrl"/>; an item
    /// marked only with an error is not among them, so it is tried again.</summary>
    IReadOnlySet<string> SeenItems(string feedUrl, IReadOnlyCollection<string> keys) => new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Records an attempt at a feed item (keyed by guid, else link): the article it became, or the error it
    /// failed with (exactly one of the two); a failure never replaces an item already stored.</summary>
    void MarkSeen(string feedUrl, string itemKey, long? articleId, string? error) =>
        throw new NotSupportedException("This store keeps no feeds.");

    /// <summary>Counts of what is stored.</summary>
    StoreStats Stats();
}
