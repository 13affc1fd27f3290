using Assay.LoadTest;
using Spectre.Console.Cli;

var app = new CommandApp<LoadCommand>();
app.Configure(config => config.SetApplicationName("assay-load"));
return await app.RunAsync(args);
