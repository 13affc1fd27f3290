using System.Buffers.Text;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Assay.Storage;

/// <summary>Users and their API tokens, with the same SQL on both stores.</summary>
/// <remarks>Only a token's SHA-256 is stored. A token is found by its hash, so the lookup itself reveals nothing
/// about the secret; the stored hash is then compared in constant time before it is trusted.</remarks>
internal static class StoredUsers
{
    /// <summary>What every token starts with, so a leaked one is easy to recognise and scan for.</summary>
    public const string TokenPrefix = "assay_";

    private const int SecretBytes = 32;

    // "last used" is kept to the minute: writing it on every request would turn each read into a write.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>Adds a user; null when the name is taken.</summary>
    public static StoredUser? Add(DbConnection connection, string name, string role)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!UserRoles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}': use {string.Join(", ", UserRoles.All)}.", nameof(role));
        }

        if (Find(connection, name) is not null)
        {
            return null;
        }

        using var command = StoredQueries.Command(
            connection,
            "INSERT INTO users (name, role, created_at) VALUES (@name, @role, @at)",
            ("@name", name),
            ("@role", role),
            ("@at", StoredValues.TimestampToDb(DateTimeOffset.UtcNow)));
        command.ExecuteNonQuery();
        return Find(connection, name);
    }

    /// <summary>Every user, by name.</summary>
    public static IReadOnlyList<StoredUser> List(DbConnection connection)
    {
        using var command = StoredQueries.Command(connection, Select + " ORDER BY u.name");
        return Read(command);
    }

    /// <summary>Issues a new token for <paramref name="userName"/>; null when there is no such user.</summary>
    public static IssuedToken? Issue(DbConnection connection, string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        if (Find(connection, userName) is not { } user)
        {
            return null;
        }

        var secret = TokenPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        using var command = StoredQueries.Command(
            connection,
            "INSERT INTO api_tokens (user_id, hash, created_at) VALUES (@user, @hash, @at) RETURNING id",
            ("@user", user.Id),
            ("@hash", Hash(secret)),
            ("@at", StoredValues.TimestampToDb(DateTimeOffset.UtcNow)));
        var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return new IssuedToken(id, user.Name, secret);
    }

    /// <summary>Whom <paramref name="secret"/> signs in: null unless it is a token issued, not revoked, of a user not disabled.</summary>
    public static TokenUser? Find(DbConnection connection, ReadOnlySpan<char> secret)
    {
        if (!secret.StartsWith(TokenPrefix, StringComparison.Ordinal) || secret.Length > 128)
        {
            return null;
        }

        var hash = Hash(secret);
        TokenUser? found = null;
        string? lastUsed = null;
        using (var command = StoredQueries.Command(
            connection,
            """
            SELECT t.id, t.hash, u.id, u.name, u.role, t.last_used_at
            FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.hash = @hash AND t.revoked_at IS NULL AND u.disabled = 0
            """,
            ("@hash", hash)))
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read() && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(reader.GetString(1)), Encoding.ASCII.GetBytes(hash)))
            {
                found = new TokenUser(reader.GetInt64(0), reader.GetInt64(2), reader.GetString(3), reader.GetString(4));
                lastUsed = reader.IsDBNull(5) ? null : reader.GetString(5);
            }
        }

        var now = DateTimeOffset.UtcNow;
        if (found is not null && (lastUsed is null || now - StoredValues.TimestampFromDb(lastUsed) >= LastUsedResolution))
        {
            using var touch = StoredQueries.Command(
                connection,
                "UPDATE api_tokens SET last_used_at = @at WHERE id = @id",
                ("@at", StoredValues.TimestampToDb(now)),
                ("@id", found.TokenId));
            touch.ExecuteNonQuery();
        }

        return found;
    }

    /// <summary>Revokes a token; false when there is none with that id still valid.</summary>
    public static bool Revoke(DbConnection connection, long tokenId)
    {
        using var command = StoredQueries.Command(
            connection,
            "UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL",
            ("@at", StoredValues.TimestampToDb(DateTimeOffset.UtcNow)),
            ("@id", tokenId));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>True while the token is not revoked and its user not disabled: a browser session started with it lasts
    /// only that long.</summary>
    public static bool Valid(DbConnection connection, long tokenId)
    {
        using var command = StoredQueries.Command(
            connection,
            """
            SELECT count(*) FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.id = @id AND t.revoked_at IS NULL AND u.disabled = 0
            """,
            ("@id", tokenId));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Gives a user another role; false when there is no such user.</summary>
    public static bool SetRole(DbConnection connection, string name, string role)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!UserRoles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}': use {string.Join(", ", UserRoles.All)}.", nameof(role));
        }

        using var command = StoredQueries.Command(connection, "UPDATE users SET role = @role WHERE name = @name", ("@role", role), ("@name", name));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Disables a user (none of their tokens signs in, their sessions end) or enables them again; false when
    /// there is no such user.</summary>
    public static bool SetDisabled(DbConnection connection, string name, bool disabled)
    {
        ArgumentNullException.ThrowIfNull(name);
        using var command = StoredQueries.Command(
            connection, "UPDATE users SET disabled = @disabled WHERE name = @name", ("@disabled", disabled ? 1 : 0), ("@name", name));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>The stored form of a token: SHA-256 of its UTF-8 bytes, lower-case hex.</summary>
    public static string Hash(ReadOnlySpan<char> secret)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var bytes = Encoding.UTF8.GetBytes(secret.ToArray());
        SHA256.HashData(bytes, digest);
        return Convert.ToHexStringLower(digest);
    }

    private const string Select =
        """
        SELECT u.id, u.name, u.role, u.created_at, u.disabled,
               (SELECT count(*) FROM api_tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL)
        FROM users u
        """;

    private static StoredUser? Find(DbConnection connection, string name)
    {
        using var command = StoredQueries.Command(connection, Select + " WHERE u.name = @name", ("@name", name));
        return Read(command) is [var user] ? user : null;
    }

    private static List<StoredUser> Read(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var users = new List<StoredUser>();
        while (reader.Read())
        {
            users.Add(new StoredUser(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                StoredValues.TimestampFromDb(reader.GetString(3)),
                Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture) != 0,
                Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture)));
        }

        return users;
    }
}
