using Assay.Web;

var app = WebApp.Create(args);
app.Run();

/// <summary>The web app's entry point (public so tests can start it through WebApplicationFactory).</summary>
public partial class Program;
