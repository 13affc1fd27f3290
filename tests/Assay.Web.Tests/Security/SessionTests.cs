using System.Net;
using System.Text.RegularExpressions;
using Assay.Storage;
using Assay.Web.Tests.Support;
using Assay.Workspace;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assay.Web.Tests.Security;

/// <summary>Browser sessions: /signin takes a token and sets a strict cookie; changes from other sites are refused; a
/// session writing to the API needs the anti-forgery token.</summary>
public sealed partial class SessionTests(SamplesWorkspace samples) : IClassFixture<SamplesWorkspace>
{
    [Fact]
    public async Task Signin_WithValidToken_SetsStrictHttpOnlyCookieThatOpensPages()
    {
        // Given the sign-in form
        await using var app = SecuredWorkbench.Start(samples);
        using var browser = Browser(app);
        var form = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative));

        // When the analyst's token is posted with the form's anti-forgery token
        using var signin = await browser.PostAsync(new Uri("/signin", UriKind.Relative), Form(form, app.AnalystToken, "/"));
        using var home = await browser.GetAsync(new Uri("/", UriKind.Relative));

        // Then the session cookie is HttpOnly and SameSite=Strict, holds no token, and opens the home page
        Assert.Equal(HttpStatusCode.Redirect, signin.StatusCode);
        Assert.Equal("/", signin.Headers.Location?.OriginalString);
        var cookie = Assert.Single(signin.Headers.GetValues("Set-Cookie"), c => c.StartsWith("assay.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(app.AnalystToken["assay_".Length..], cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Signin_WithWrongToken_SetsNoSession()
    {
        // Given the sign-in form
        await using var app = SecuredWorkbench.Start(samples);
        using var browser = Browser(app);
        var form = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative));

        // When a token never issued is posted
        using var signin = await browser.PostAsync(new Uri("/signin", UriKind.Relative), Form(form, "assay_wrong", "/"));
        using var home = await browser.GetAsync(new Uri("/", UriKind.Relative));

        // Then the form says so and the home page still sends the browser to /signin
        Assert.Equal(HttpStatusCode.Unauthorized, signin.StatusCode);
        Assert.Contains("unknown or revoked", await signin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Signin_WithoutAntiforgeryToken_IsRefused()
    {
        // Given a browser that never loaded the form
        await using var app = SecuredWorkbench.Start(samples);
        using var browser = Browser(app);

        // When a token is posted straight to /signin
        using var signin = await browser.PostAsync(
            new Uri("/signin", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Token"] = app.AnalystToken }));

        // Then no session starts
        Assert.Equal(HttpStatusCode.BadRequest, signin.StatusCode);
        Assert.False(signin.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("assay.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Signin_ReturnUrlElsewhereOrHostile_StaysOnTheAppAndIsEncoded()
    {
        // Given the sign-in form asked with a hostile return address
        await using var app = SecuredWorkbench.Start(samples);
        using var browser = Browser(app);
        const string Hostile = "\"><script>alert(1)</script>";
        var form = await browser.GetStringAsync(new Uri("/signin?ReturnUrl=" + Uri.EscapeDataString(Hostile), UriKind.Relative));

        // When the token is posted with a return address on another site
        using var signin = await browser.PostAsync(new Uri("/signin", UriKind.Relative), Form(form, app.AnalystToken, "https://evil.example/"));

        // Then the page shows the address encoded, and sign-in lands on the app's home page
        Assert.DoesNotContain("<script>alert(1)</script>", form, StringComparison.Ordinal);
        Assert.Equal("/", signin.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ApiWrite_WithSessionCookieOnly_IsRefusedWithoutAntiforgeryHeader()
    {
        // Given a browser signed in as analyst
        await using var app = SecuredWorkbench.Start(samples);
        using var browser = Browser(app);
        var form = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative));
        using var signin = await browser.PostAsync(new Uri("/signin", UriKind.Relative), Form(form, app.AnalystToken, "/"));
        var before = app.Counts();

        // When the session posts to the API without the anti-forgery header, as a forged request would
        using var forged = await browser.PostAsync(new Uri("/api/v1/articles", UriKind.Relative), new StringContent("A report.", System.Text.Encoding.UTF8, "text/plain"));

        // Then it is refused and nothing is stored
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("RequestVerificationToken", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, app.Counts());
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Write_FromAnotherSite_IsRefusedEvenForAdmin(string header, string value)
    {
        // Given an admin's token
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client(app.AdminToken);
        var before = app.Counts();

        // When a write arrives marked by the browser as sent from another site
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/articles", UriKind.Relative))
        {
            Content = new StringContent("A report.", System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await client.SendAsync(request);

        // Then it is refused and nothing is stored
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, app.Counts());
    }

    [Fact]
    public async Task Write_OwnPageWithNullOrigin_IsAccepted()
    {
        // Given an analyst's token
        await using var app = SecuredWorkbench.Start(samples);
        using var client = app.Client(app.AnalystToken);
        var before = app.Counts();

        // When a write arrives as a browser sends the app's own form when it withholds the referrer: the fetch metadata
        // says same-origin, the Origin header says "null"
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/articles", UriKind.Relative))
        {
            Content = new StringContent("The ministry said on Monday that 4,000 soldiers were moved to the border.", System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        request.Headers.TryAddWithoutValidation("Origin", "null");
        using var response = await client.SendAsync(request);

        // Then it is taken and the article stored
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotEqual(before, app.Counts());
    }

    [Fact]
    public async Task Signout_WithForm_EndsTheSession()
    {
        // Given a browser signed in as viewer
        await using var app = SecuredWorkbench.Start(samples);
        using var browser = Browser(app);
        var form = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative));
        using var signin = await browser.PostAsync(new Uri("/signin", UriKind.Relative), Form(form, app.ViewerToken, "/"));

        // When the viewer signs out with the anti-forgery token of a page seen while signed in
        var signedIn = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative));
        using var signout = await browser.PostAsync(new Uri("/signout", UriKind.Relative), Form(signedIn, null, null));
        using var home = await browser.GetAsync(new Uri("/", UriKind.Relative));

        // Then the session is over
        Assert.Equal(HttpStatusCode.Redirect, signout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Theory]
    [InlineData("revoke")]
    [InlineData("disable")]
    [InlineData("role")]
    public async Task Session_TokenRevokedUserDisabledOrRoleChanged_EndsAtTheNextRequest(string change)
    {
        // Given a browser signed in as the analyst, whose pages open
        await using var app = SecuredWorkbench.Start(samples);
        using var browser = Browser(app);
        var form = await browser.GetStringAsync(new Uri("/signin", UriKind.Relative));
        using var signin = await browser.PostAsync(new Uri("/signin", UriKind.Relative), Form(form, app.AnalystToken, "/"));
        using var before = await browser.GetAsync(new Uri("/", UriKind.Relative));

        // When, in the store, the token that started the session is revoked, or the analyst disabled or made a viewer
        using (var store = StoreFactory.Open(app.Db))
        {
            var user = store.FindToken(app.AnalystToken)!;
            Assert.True(change switch
            {
                "revoke" => store.RevokeToken(user.TokenId),
                "disable" => store.SetUserDisabled(user.UserName, disabled: true),
                _ => store.SetUserRole(user.UserName, UserRoles.Viewer),
            });
        }

        using var after = await browser.GetAsync(new Uri("/", UriKind.Relative));

        // Then the next request finds the session over and sends the browser to sign in again
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/signin", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static HttpClient Browser(SecuredWorkbench app) =>
        app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static FormUrlEncodedContent Form(string page, string? token, string? returnUrl)
    {
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value };
        if (token is not null)
        {
            fields["Token"] = token;
        }

        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
