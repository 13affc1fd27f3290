using Assay.Web.Api;
using Assay.Web.Security;
using Assay.Web.Services;
using Microsoft.Extensions.FileProviders;

namespace Assay.Web;

/// <summary>Builds the web app: services, security, pages and the REST API.</summary>
public static class WebApp
{
    /// <summary>The address used when none is configured: loopback only.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Creates the app from command-line style arguments ("--Assay:Db=news.db", "--urls=http://…").</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Started by 'assay serve', the entry assembly is the CLI's: name this one so pages and parts are found here.
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));
        builder.Services.AddProblemDetails();
        builder.Services.AddRazorPages().AddApplicationPart(typeof(WebApp).Assembly);
        builder.Services.AddOpenApi("v1");
        builder.Services.AddScoped<StoreSession>();
        builder.Services.AddSingleton<PictureCache>();
        builder.Services.AddHostedService<FeedWatchService>();
        ApiEndpoints.AddServices(builder.Services);
        SecuritySetup.AddServices(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        SecuritySetup.Use(app);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new ManifestEmbeddedFileProvider(typeof(WebApp).Assembly, "wwwroot") });
        app.MapOpenApi("/api/v1/openapi.json");
        app.MapRazorPages();
        ApiEndpoints.Map(app);
        return app;
    }
}
