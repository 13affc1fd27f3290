using Assay.Storage.Postgres;
using Npgsql;

namespace Assay.Storage.Tests;

/// <summary>Recognising PostgreSQL locations and turning URLs into Npgsql connection strings.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://u@h/db", true)]
    [InlineData("postgresql://u@h/db", true)]
    [InlineData("POSTGRES://u@h/db", true)]
    [InlineData("Host=db.example.org;Database=assay", true)]
    [InlineData("host=localhost", true)]
    [InlineData("assay.db", false)]
    [InlineData("data/postgres.db", false)]
    [InlineData(":memory:", false)]
    [InlineData("", false)]
    public void IsPostgres_Location_TellsServerFromFile(string location, bool expected)
    {
        // Given a --db value
        // When it is classified
        var isPostgres = PostgresConnectionString.IsPostgres(location);

        // Then URLs and keyword strings name a server, anything else a file
        Assert.Equal(expected, isPostgres);
    }

    [Fact]
    public void From_FullUrl_CarriesEveryPart()
    {
        // Given a URL with user, escaped password, host, port, database and sslmode
        const string Url = "postgresql://analyst:p%40ss%3Aword@db.example.org:6543/assay_main?sslmode=verify-full";

        // When it is converted
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.From(Url));

        // Then each part lands in its keyword, the password unescaped
        Assert.Equal("analyst", builder.Username);
        Assert.Equal("p@ss:word", builder.Password);
        Assert.Equal("db.example.org", builder.Host);
        Assert.Equal(6543, builder.Port);
        Assert.Equal("assay_main", builder.Database);
        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
    }

    [Fact]
    public void From_UrlWithoutPortOrPassword_KeepsDefaults()
    {
        // Given a short URL
        // When it is converted
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.From("postgres://reader@localhost/news"));

        // Then the default port stays and no password is set
        Assert.Equal(5432, builder.Port);
        Assert.Null(builder.Password);
        Assert.Equal("reader", builder.Username);
        Assert.Equal("news", builder.Database);
    }

    [Fact]
    public void From_KeywordString_IsKeptAsIs()
    {
        // Given a keyword connection string
        // When it is converted
        var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.From("Host=10.0.0.5;Port=5433;Username=u;Database=d"));

        // Then its values are unchanged
        Assert.Equal(("10.0.0.5", 5433, "u", "d"), (builder.Host, builder.Port, builder.Username, builder.Database));
    }

    [Theory]
    [InlineData("postgres://u@h/db?sslmode=sometimes")]
    [InlineData("postgres://u@h/db?connect_timeout=5")]
    [InlineData("postgres:///db")]
    public void From_BadUrl_ThrowsNamingTheProblem(string url)
    {
        // Given a URL with an unknown sslmode, an unknown parameter, or no host
        // When it is converted
        // Then it is refused rather than half-read
        Assert.Throws<ArgumentException>(() => PostgresConnectionString.From(url));
    }

    [Fact]
    public void Describe_ConnectionStringWithPassword_LeavesThePasswordOut()
    {
        // Given a connection string holding a password
        var connectionString = PostgresConnectionString.From("postgres://analyst:hunter2@db.example.org:6543/assay");

        // When it is described for a message
        var description = PostgresConnectionString.Describe(connectionString);

        // Then the server is named and the password is not
        Assert.Equal("postgresql://analyst@db.example.org:6543/assay", description);
        Assert.DoesNotContain("hunter2", description, StringComparison.Ordinal);
    }
}
