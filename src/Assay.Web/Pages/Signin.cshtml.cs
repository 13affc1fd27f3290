using System.ComponentModel.DataAnnotations;
using Assay.Web.Security;
using Assay.Web.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assay.Web.Pages;

/// <summary>/signin: a token from 'assay users token' starts a browser session (an HttpOnly, SameSite=Strict cookie).</summary>
[AllowAnonymous]
internal sealed class SigninModel(StoreSession session, SignInRequirement requirement) : PageModel
{
    /// <summary>The token pasted into the form.</summary>
    [BindProperty]
    [DataType(DataType.Password)]
    public string? Token { get; set; }

    /// <summary>Where to go once signed in; only a path of this app is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed, shown above the form.</summary>
    public string? Error { get; private set; }

    /// <summary>Shows the form; without sign-in there is nothing to do here.</summary>
    public IActionResult OnGet() => requirement.Required ? Page() : LocalRedirect("/");

    /// <summary>Checks the token and starts the session.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!requirement.Required)
        {
            return LocalRedirect("/");
        }

        if (string.IsNullOrWhiteSpace(Token) || session.Store.FindToken(Token.Trim()) is not { } user)
        {
            Error = "That token is unknown or revoked.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(AuthSchemes.Cookie, AssayPrincipal.For(user, AuthSchemes.Cookie));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
