using System.Net;
using Assay.Storage;
using Assay.Web.Tests.Support;
using Assay.Workspace;
using Microsoft.Data.Sqlite;

namespace Assay.Web.Tests.Security;

/// <summary>Tokens are kept hashed, and a token revoked or altered signs no one in.</summary>
public sealed class TokenTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Fact]
    public async Task Store_AfterIssuingTokens_HoldsOnlyTheirHashes()
    {
        // Given three tokens issued through the store
        await using var app = SecuredWorkbench.Start(samples);
        string[] tokens = [app.ViewerToken, app.AnalystToken, app.AdminToken];

        // When every column of the token table is read as stored
        var cells = new List<string>();
        using (var connection = new SqliteConnection($"Data Source={app.Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM api_tokens";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    cells.Add(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }
        }

        // Then no token, nor its random part, is there; each one's SHA-256 is
        Assert.Equal(3 * 6, cells.Count);
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(cells, c => c.Contains(token["assay_".Length..], StringComparison.Ordinal));
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
            Assert.Contains(sha, cells);
        }
    }

    [Fact]
    public async Task Request_WithRevokedToken_Answers401()
    {
        // Given an analyst's token that worked, then was revoked
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client(app.AnalystToken);
        using var before = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
        using (var store = StoreFactory.Open(app.Db))
        {
            Assert.True(store.RevokeToken(store.FindToken(app.AnalystToken)!.TokenId));
        }

        // When it is used again
        using var after = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        // Then it is refused with a ProblemDetails that says what to do
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
        Assert.Contains("assay users token", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assay_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    [InlineData("")]
    [InlineData("Basic")]
    public async Task Request_WithUnknownToken_Answers401(string token)
    {
        // Given the app with sign-in required
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", token == "Basic" ? "Basic YWRhOmFkYQ==" : "Bearer " + token);

        // When a page is asked for with a token never issued
        using var response = await client.SendAsync(request);

        // Then it is refused, not redirected: the caller sent a credential and it was wrong
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_WithTokenOfUserAddedAfterStart_SignsIn()
    {
        // Given the running app, then a user added and given a token through the store
        await using var app = SecuredWorkbench.Start(samples);
        using var warm = app.Client();
        string token;
        using (var store = StoreFactory.Open(app.Db))
        {
            store.AddUser("late", UserRoles.Viewer);
            token = store.IssueToken("late")!.Secret;
        }

        // When the new token is used
        using var client = app.Client(token);
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        // Then it is accepted without restarting
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
