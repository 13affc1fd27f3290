namespace Assay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public void AddUser_NewName_IsListedWithRoleAndNoTokens()
    {
        // Given an empty store
        var store = NewStore();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        // When two users are added
        var added = store.AddUser("rosa", UserRoles.Analyst);
        store.AddUser("ana", UserRoles.Viewer);

        // Then both are listed by name, with their roles, enabled, holding no token
        Assert.NotNull(added);
        var users = store.Users();
        Assert.Equal(["ana", "rosa"], users.Select(u => u.Name));
        Assert.Equal(added, users[1]);
        Assert.Equal((UserRoles.Analyst, false, 0), (added.Role, added.Disabled, added.ActiveTokens));
        Assert.InRange(added.CreatedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [SkippableFact]
    public void AddUser_NameTaken_ReturnsNullAndKeepsTheFirst()
    {
        // Given a viewer named rosa
        var store = NewStore();
        store.AddUser("rosa", UserRoles.Viewer);

        // When another rosa is added as admin
        var second = store.AddUser("rosa", UserRoles.Admin);

        // Then nothing is added and rosa stays a viewer
        Assert.Null(second);
        Assert.Equal(UserRoles.Viewer, Assert.Single(store.Users()).Role);
    }

    [SkippableFact]
    public void AddUser_UnknownRole_Throws()
    {
        // Given an empty store
        var store = NewStore();

        // When a user is added with a role that does not exist
        // Then it is refused
        Assert.Throws<ArgumentException>(() => store.AddUser("rosa", "root"));
        Assert.Empty(store.Users());
    }

    [SkippableFact]
    public void IssueToken_ThenFindToken_SignsInTheUserWithTheirRole()
    {
        // Given an analyst
        var store = NewStore();
        var user = store.AddUser("rosa", UserRoles.Analyst)!;

        // When a token is issued and presented
        var issued = store.IssueToken("rosa");
        Assert.NotNull(issued);
        var found = store.FindToken(issued.Secret);

        // Then it has the prefix and 32 random bytes in base64url, and signs in rosa as analyst
        Assert.Matches("^assay_[A-Za-z0-9_-]{43}$", issued.Secret);
        Assert.Equal(new TokenUser(issued.Id, user.Id, "rosa", UserRoles.Analyst), found);
        Assert.Equal(1, Assert.Single(store.Users()).ActiveTokens);
        Assert.DoesNotContain(issued.Secret, issued.ToString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void IssueToken_Twice_GivesDifferentTokensBothValid()
    {
        // Given a viewer
        var store = NewStore();
        store.AddUser("ana", UserRoles.Viewer);

        // When two tokens are issued
        var first = store.IssueToken("ana")!;
        var second = store.IssueToken("ana")!;

        // Then they differ, and each signs ana in
        Assert.NotEqual(first.Secret, second.Secret);
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal("ana", store.FindToken(first.Secret)?.UserName);
        Assert.Equal("ana", store.FindToken(second.Secret)?.UserName);
    }

    [SkippableFact]
    public void IssueToken_UnknownUser_ReturnsNull()
    {
        // Given an empty store
        var store = NewStore();

        // When a token is asked for a user never added
        // Then none is issued
        Assert.Null(store.IssueToken("nobody"));
    }

    [SkippableFact]
    public void FindToken_WrongOrAlteredToken_ReturnsNull()
    {
        // Given an issued token
        var store = NewStore();
        store.AddUser("rosa", UserRoles.Admin);
        var issued = store.IssueToken("rosa")!;
        var altered = issued.Secret[..^1] + (issued.Secret[^1] == 'A' ? 'B' : 'A');

        // When something else is presented
        // Then no one is signed in
        Assert.Null(store.FindToken(altered));
        Assert.Null(store.FindToken(""));
        Assert.Null(store.FindToken("assay_"));
        Assert.Null(store.FindToken(issued.Secret.ToUpperInvariant()));
        Assert.Null(store.FindToken(issued.Secret[6..]));
    }

    [SkippableFact]
    public void RevokeToken_Valid_StopsItSigningInOnce()
    {
        // Given two tokens of one user
        var store = NewStore();
        store.AddUser("rosa", UserRoles.Analyst);
        var revoked = store.IssueToken("rosa")!;
        var kept = store.IssueToken("rosa")!;

        // When one is revoked, twice, and an unknown id is revoked
        var first = store.RevokeToken(revoked.Id);
        var again = store.RevokeToken(revoked.Id);
        var unknown = store.RevokeToken(9_999);

        // Then only the first revocation counts, the revoked token signs no one in and the other still does
        Assert.Equal((true, false, false), (first, again, unknown));
        Assert.Null(store.FindToken(revoked.Secret));
        Assert.NotNull(store.FindToken(kept.Secret));
        Assert.Equal(1, Assert.Single(store.Users()).ActiveTokens);
    }

    [SkippableFact]
    public void TokenValid_FollowsRevocationAndDisabling()
    {
        // Given two users with a token each
        var store = NewStore();
        store.AddUser("rosa", UserRoles.Analyst);
        store.AddUser("ivan", UserRoles.Viewer);
        var rosa = store.IssueToken("rosa")!;
        var ivan = store.IssueToken("ivan")!;

        // When Rosa's token is revoked and Ivan is disabled, then enabled again
        var before = (store.TokenValid(rosa.Id), store.TokenValid(ivan.Id));
        store.RevokeToken(rosa.Id);
        var disabled = store.SetUserDisabled("ivan", disabled: true);
        var whileDisabled = (store.TokenValid(rosa.Id), store.TokenValid(ivan.Id), store.FindToken(ivan.Secret));
        var enabled = store.SetUserDisabled("ivan", disabled: false);

        // Then both start valid; the revoked token stays invalid; the disabled user's token is invalid and signs no one
        // in until they are enabled again; an unknown id or user is never valid
        Assert.Equal((true, true), before);
        Assert.True(disabled);
        Assert.Equal((false, false, (TokenUser?)null), whileDisabled);
        Assert.True(enabled);
        Assert.True(store.TokenValid(ivan.Id));
        Assert.NotNull(store.FindToken(ivan.Secret));
        Assert.False(store.TokenValid(9_999));
        Assert.False(store.SetUserDisabled("nobody", disabled: true));
        Assert.True(Assert.Single(store.Users(), u => u.Name == "ivan") is { Disabled: false });
    }

    [SkippableFact]
    public void SetUserRole_ChangesWhatTheirTokenSignsInAs()
    {
        // Given an analyst with a token
        var store = NewStore();
        store.AddUser("rosa", UserRoles.Analyst);
        var token = store.IssueToken("rosa")!;

        // When she is made a viewer, and an unknown user or role is asked for
        var changed = store.SetUserRole("rosa", UserRoles.Viewer);
        var unknown = store.SetUserRole("nobody", UserRoles.Admin);

        // Then her token signs her in as a viewer, the unknown user is refused, and an unknown role throws
        Assert.True(changed);
        Assert.False(unknown);
        Assert.Equal(UserRoles.Viewer, store.FindToken(token.Secret)!.Role);
        Assert.Equal(UserRoles.Viewer, Assert.Single(store.Users()).Role);
        Assert.Throws<ArgumentException>(() => store.SetUserRole("rosa", "owner"));
    }
}
