using System.Text.Json;
using Assay.Cli.Infrastructure;
using Assay.Workspace;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary><c>assay users</c> on a real store: users with roles, a token printed once and kept only as a hash, revoked.</summary>
public sealed class UsersEndToEndTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void AddTokenListRevoke_TokenFindsItsUserUntilRevoked()
    {
        // Given a store with an analyst
        var db = _temp.File("users.db");
        Assert.Equal(ExitCodes.Ok, RealCli.Run("ingest", SamplesStoreFixture.Samples + "/2024-10-18-nis-press-release.md", "--db", db).Exit);
        Assert.Equal(ExitCodes.Ok, RealCli.Run("users", "add", "rosa", "--role", "analyst", "--db", db).Exit);

        // When a token is issued for her
        var issued = RealCli.Run("users", "token", "rosa", "--db", db);

        // Then stdout holds only the token, which finds her with her role, and the store keeps no copy of it
        Assert.Equal(ExitCodes.Ok, issued.Exit);
        var token = issued.Out.Trim();
        Assert.StartsWith("assay_", token, StringComparison.Ordinal);
        Assert.Contains("cannot be shown again", issued.Err, StringComparison.Ordinal);
        using (var store = StoreFactory.Open(db))
        {
            var user = store.FindToken(token);
            Assert.NotNull(user);
            Assert.Equal(("rosa", "analyst"), (user.UserName, user.Role));
        }

        foreach (var file in new[] { db, db + "-wal" }.Where(File.Exists))
        {
            Assert.DoesNotContain(token, File.ReadAllText(file, System.Text.Encoding.Latin1), StringComparison.Ordinal);
        }

        // And the listing shows her with one valid token
        using (var list = JsonDocument.Parse(RealCli.Run("users", "list", "--json", "--db", db).Out))
        {
            var rosa = Assert.Single(list.RootElement.EnumerateArray());
            Assert.Equal("analyst", rosa.GetProperty("role").GetString());
            Assert.Equal(1, rosa.GetProperty("active_tokens").GetInt32());
        }

        // When the token is revoked, it finds no one
        long id;
        using (var store = StoreFactory.Open(db))
        {
            id = store.FindToken(token)!.TokenId;
        }

        Assert.Equal(ExitCodes.Ok, RealCli.Run("users", "revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", db).Exit);
        using (var store = StoreFactory.Open(db))
        {
            Assert.Null(store.FindToken(token));
        }
    }

    [Fact]
    public void Add_BadRoleOrRepeatedName_FailsWithOneMessage()
    {
        // Given a store with a viewer
        var db = _temp.File("users.db");
        Assert.Equal(ExitCodes.Ok, RealCli.Run("users", "add", "tom", "--role", "viewer", "--db", db).Exit);

        // When a user is added with an unknown role, or under a taken name
        var role = RealCli.Run("users", "add", "ann", "--role", "boss", "--db", db);
        var repeat = RealCli.Run("users", "add", "tom", "--role", "admin", "--db", db);

        // Then both fail, saying why
        Assert.NotEqual(ExitCodes.Ok, role.Exit);
        Assert.Contains("role", role.Err + role.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ExitCodes.Error, repeat.Exit);
        Assert.Contains("tom", repeat.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleDisableEnable_ChangeWhatTheTokenSignsIn()
    {
        // Given an analyst with a token
        var db = _temp.File("users.db");
        Assert.Equal(ExitCodes.Ok, RealCli.Run("users", "add", "rosa", "--role", "analyst", "--db", db).Exit);
        var token = RealCli.Run("users", "token", "rosa", "--db", db).Out.Trim();

        // When she is made a viewer, then disabled, then enabled; and an unknown user or role is asked for
        var role = RealCli.Run("users", "role", "rosa", "viewer", "--db", db);
        var asViewer = Find(db, token);
        var disable = RealCli.Run("users", "disable", "rosa", "--db", db);
        var whileDisabled = Find(db, token);
        var enable = RealCli.Run("users", "enable", "rosa", "--db", db);
        var unknownUser = RealCli.Run("users", "disable", "nobody", "--db", db);
        var unknownRole = RealCli.Run("users", "role", "rosa", "owner", "--db", db);

        // Then her token signs her in as a viewer, signs no one in while she is disabled, and works again once enabled;
        // the unknown user and role are refused, naming them
        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok, ExitCodes.Ok), (role.Exit, disable.Exit, enable.Exit));
        Assert.Equal("viewer", asViewer?.Role);
        Assert.Null(whileDisabled);
        Assert.Equal("viewer", Find(db, token)?.Role);
        Assert.Equal(ExitCodes.Error, unknownUser.Exit);
        Assert.Contains("nobody", unknownUser.Err, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.Ok, unknownRole.Exit);
        Assert.Contains("owner", unknownRole.Err + unknownRole.Out, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static Assay.Storage.TokenUser? Find(string db, string token)
    {
        using var store = StoreFactory.Open(db);
        return store.FindToken(token);
    }
}
