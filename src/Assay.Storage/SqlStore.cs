using System.Data.Common;
using Assay.Core.Claims;

namespace Assay.Storage;

/// <summary>What the SQLite and PostgreSQL stores answer alike, with the same SQL over their one open connection: articles
/// listed and found, extractions loaded, estimates, sources, views, the decision history, users and tokens, and watched
/// feeds. Each store adds what its database does its own way (saving, full-text search, statistics).</summary>
public abstract class SqlStore
{
    private protected SqlStore(DbConnection connection) => Connection = connection;

    /// <summary>The store's connection, open for its lifetime.</summary>
    private protected DbConnection Connection { get; }

    /// <inheritdoc cref="IStore.Articles(int)"/>
    public IReadOnlyList<StoredArticle> Articles(int limit = int.MaxValue) => StoredQueries.Articles(Connection, limit);

    /// <inheritdoc cref="IStore.Articles(ArticleQuery)"/>
    public IReadOnlyList<StoredArticle> Articles(ArticleQuery query) => StoredQueries.Articles(Connection, query);

    /// <inheritdoc cref="IStore.CountArticles"/>
    public int CountArticles(ArticleQuery query) => StoredQueries.CountArticles(Connection, query);

    /// <inheritdoc cref="IStore.FindArticle"/>
    public StoredArticle? FindArticle(string key) => StoredQueries.FindArticle(Connection, key);

    /// <inheritdoc cref="IStore.LoadExtraction"/>
    public ArticleExtraction? LoadExtraction(long articleId) => StoredExtractionLoader.Load(Connection, articleId);

    /// <inheritdoc cref="IStore.Estimates"/>
    public IReadOnlyList<StoredClaim> Estimates(string? subject) =>
        StoredClaimQuery.Run(Connection, new ClaimQuery(), quantityRequired: true, countedSubject: subject);

    /// <inheritdoc cref="IStore.Sources"/>
    public IReadOnlyList<SourceSummary> Sources() => StoredQueries.Sources(Connection);

    /// <inheritdoc cref="IStore.ViewStamp"/>
    public string ViewStamp() => StoredQueries.ViewStamp(Connection);

    /// <inheritdoc cref="IStore.View"/>
    public string? View(string key, string stamp) => StoredQueries.View(Connection, key, stamp);

    /// <inheritdoc cref="IStore.SaveView"/>
    public void SaveView(string key, string stamp, string body) => StoredQueries.SaveView(Connection, key, stamp, body);

    /// <inheritdoc cref="IStore.Record"/>
    public StoredDecision Record(DecisionDraft draft) => StoredDecisions.Record(Connection, draft);

    /// <inheritdoc cref="IStore.Decisions"/>
    public IReadOnlyList<StoredDecision> Decisions(string? kind = null, bool includeUndone = false) =>
        StoredDecisions.List(Connection, kind, includeUndone);

    /// <inheritdoc cref="IStore.Undo"/>
    public StoredDecision? Undo(long id, string? note = null) => StoredDecisions.Undo(Connection, id, note);

    /// <inheritdoc cref="IStore.AddUser"/>
    public StoredUser? AddUser(string name, string role) => StoredUsers.Add(Connection, name, role);

    /// <inheritdoc cref="IStore.Users"/>
    public IReadOnlyList<StoredUser> Users() => StoredUsers.List(Connection);

    /// <inheritdoc cref="IStore.IssueToken"/>
    public IssuedToken? IssueToken(string userName) => StoredUsers.Issue(Connection, userName);

    /// <inheritdoc cref="IStore.FindToken"/>
    public TokenUser? FindToken(string secret) => secret is null ? null : StoredUsers.Find(Connection, secret);

    /// <inheritdoc cref="IStore.RevokeToken"/>
    public bool RevokeToken(long tokenId) => StoredUsers.Revoke(Connection, tokenId);

    /// <inheritdoc cref="IStore.TokenValid"/>
    public bool TokenValid(long tokenId) => StoredUsers.Valid(Connection, tokenId);

    /// <inheritdoc cref="IStore.SetUserRole"/>
    public bool SetUserRole(string name, string role) => StoredUsers.SetRole(Connection, name, role);

    /// <inheritdoc cref="IStore.SetUserDisabled"/>
    public bool SetUserDisabled(string name, bool disabled) => StoredUsers.SetDisabled(Connection, name, disabled);

    /// <inheritdoc cref="IStore.Feed"/>
    public FeedState? Feed(string url) => StoredFeeds.Find(Connection, url);

    /// <inheritdoc cref="IStore.Feeds"/>
    public IReadOnlyList<FeedState> Feeds() => StoredFeeds.List(Connection);

    /// <inheritdoc cref="IStore.SaveFeed"/>
    public void SaveFeed(FeedState feed) => StoredFeeds.Save(Connection, feed);

    /// <inheritdoc cref="IStore.SeenItems"/>
    public IReadOnlySet<string> SeenItems(string feedUrl, IReadOnlyCollection<string> keys) => StoredFeeds.Seen(Connection, feedUrl, keys);

    /// <inheritdoc cref="IStore.MarkSeen"/>
    public void MarkSeen(string feedUrl, string itemKey, long? articleId, string? error) =>
        StoredFeeds.Mark(Connection, feedUrl, itemKey, articleId, error);
}
