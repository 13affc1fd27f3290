using System.Globalization;
using Npgsql;

namespace Assay.Storage.Postgres;

/// <summary>Recognises a PostgreSQL store location (a <c>postgres://</c> or <c>postgresql://</c> URL, or a keyword
/// connection string such as <c>Host=…;Database=…</c>) and turns it into an Npgsql connection string.</summary>
public static class PostgresConnectionString
{
    private static readonly string[] Schemes = ["postgres://", "postgresql://"];

    /// <summary>True when <paramref name="location"/> names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsPostgres(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return false;
        }

        var trimmed = location.TrimStart();
        return Array.Exists(Schemes, s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            || trimmed.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("Server=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The Npgsql connection string for a URL (user, password, host, port, database and <c>?sslmode=</c>)
    /// or a keyword connection string, which is checked and returned as Npgsql writes it.</summary>
    /// <exception cref="ArgumentException">The value is not a valid PostgreSQL URL or connection string.</exception>
    public static string From(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var trimmed = location.Trim();
        if (!Array.Exists(Schemes, s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return new NpgsqlConnectionStringBuilder(trimmed).ConnectionString;
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException("Not a PostgreSQL URL: expected postgres://user:password@host:port/database.", nameof(location));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host.Trim('[', ']') };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (!key.Equals("sslmode", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"Unsupported PostgreSQL URL parameter '{key}': only sslmode is understood.", nameof(location));
            }

            builder.SslMode = ParseSslMode(value);
        }

        return builder.ConnectionString;
    }

    /// <summary>A description of the server and database safe to show: <c>postgresql://user@host:port/database</c>,
    /// never the password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : builder.Username + "@";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"postgresql://{user}{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}");
    }

    private static SslMode ParseSslMode(string value) => value.ToLowerInvariant() switch
    {
        "disable" => SslMode.Disable,
        "allow" => SslMode.Allow,
        "prefer" => SslMode.Prefer,
        "require" => SslMode.Require,
        "verify-ca" => SslMode.VerifyCA,
        "verify-full" => SslMode.VerifyFull,
        _ => throw new ArgumentException(
            $"Unknown sslmode '{value}': use disable, allow, prefer, require, verify-ca or verify-full.", nameof(value)),
    };
}
