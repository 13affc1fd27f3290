using Assay.Analysis.Propositions.Embeddings;
using Assay.Cli.Commands;
using Assay.Cli.Infrastructure;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;
using Assay.Interop.Feeds;
using Assay.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Assay.Cli;

/// <summary>Builds the <c>assay</c> command line: verbs, services and error handling.</summary>
internal static class AssayApp
{
    /// <summary>Runs the CLI against the real console, store and readers.</summary>
    public static int Run(string[] args)
    {
        var verbose = args.Contains("--verbose") || Environment.GetEnvironmentVariable("ASSAY_DEBUG") == "1";
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var app = Create(
            StdoutConsole(),
            new ErrorConsole(stderr, verbose),
            StoreFactory.Open,
            ReadFile,
            ExtractionPipeline.Default,
            static () => new MiniLmSentenceEmbedder());
        return app.Run(args);
    }

    /// <summary>Reads one input file: a saved RSS or Atom feed item by item, anything else by its format.</summary>
    internal static IEnumerable<ReadResult> ReadFile(string path) =>
        FeedFile.IsFeed(path) ? FeedFile.Read(path, ArticleReader.Default) : ArticleReader.Default.ReadFile(path);

    // Piped output has no window to measure: use $COLUMNS, else a width wide enough for the claim tables.
    private static IAnsiConsole StdoutConsole()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 160;
        }

        return console;
    }

    /// <summary>Builds the app over the given services; tests pass a test console and fakes.</summary>
    public static CommandApp Create(
        IAnsiConsole console, ErrorConsole errors, StoreOpener openStore, FileReader reader, ExtractionPipeline pipeline, EmbedderFactory? embedders = null)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), console);
        registrar.RegisterInstance(typeof(ErrorConsole), errors);
        registrar.RegisterInstance(typeof(StoreOpener), openStore);
        registrar.RegisterInstance(typeof(FileReader), reader);
        registrar.RegisterInstance(typeof(ExtractionPipeline), pipeline);
        registrar.RegisterInstance(typeof(EmbedderFactory), embedders ?? (static () => null));

        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("assay");
            config.ConfigureConsole(console);
            config.UseStrictParsing();
            config.SetExceptionHandler((exception, _) =>
            {
                errors.Error(exception);
                return ExitCodes.Error;
            });

            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Read, extract and store files, folders or globs. Exit 0: all stored; 2: some inputs skipped (listed); 1: fatal error.")
                .WithExample("ingest", "samples/")
                .WithExample("ingest", "feeds/*.jsonl", "--db", "news.db");
            config.AddCommand<WatchCommand>("watch")
                .WithDescription("Poll RSS/Atom feeds and folders and store new articles, once or every --interval seconds until Ctrl+C. Exit 0: all went in; 2: some feed or item failed.")
                .WithExample("watch", "https://example.org/world/rss.xml", "--once")
                .WithExample("watch", "https://example.org/feed.atom", "inbox/", "--interval", "600");
            config.AddCommand<ExtractCommand>("extract")
                .WithDescription("Extract one file without storing it and print the result.")
                .WithExample("extract", "article.txt", "--json");
            config.AddCommand<ClaimsCommand>("claims")
                .WithDescription("List stored claims, filtered; as a table, --json or --csv.")
                .WithExample("claims", "--subject", "troops", "--since", "2024-10-01", "--csv");
            config.AddCommand<EstimatesCommand>("estimates")
                .WithDescription("Figures for a counted subject over time, by origin: revisions marked, the best-supported range pooled. Without SUBJECT, the subjects.")
                .WithExample("estimates")
                .WithExample("estimates", "north korean troops in russia", "--chart", "troops.svg");
            config.AddCommand<StoryCommand>("story")
                .WithDescription("The propositions across articles, strongest first: independent origins against mentions, contradictions, copies.")
                .WithExample("story", "--subject", "troops");
            config.AddCommand<BriefCommand>("brief")
                .WithDescription("A briefing: key judgments in ICD 203 words with a separate confidence statement, sourcing, estimates with charts, contradictions, changes, gaps; every sentence linked to its claims.")
                .WithExample("brief", "--format", "html", "--out", "briefing.html", "--since", "2024-11-01");
            config.AddCommand<ViewCommand>("view")
                .WithDescription("A subject's estimate series or story as JSON, kept in the store and rebuilt only after an article or a decision is added.")
                .WithExample("view", "series", "north korean troops")
                .WithExample("view", "story", "kursk", "--no-embeddings");
            config.AddCommand<PropositionCommand>("proposition")
                .WithDescription("Every claim behind one proposition, with its sentence, source and origin.")
                .WithExample("proposition", "p6.c4");
            config.AddCommand<MergeCommand>("merge")
                .WithDescription("Record that two propositions state the same thing (reversible with 'assay undo').")
                .WithExample("merge", "p6.c4", "p15.c1", "--note", "same Pentagon figure");
            config.AddCommand<SplitCommand>("split")
                .WithDescription("Take a claim out of the proposition it was grouped into (reversible with 'assay undo').")
                .WithExample("split", "6/c4");
            config.AddCommand<UndoCommand>("undo")
                .WithDescription("Undo a recorded decision; the history keeps both.")
                .WithExample("undo", "3");
            config.AddCommand<HistoryCommand>("history")
                .WithDescription("The analyst's decisions in the order they were made.")
                .WithExample("history", "--all");
            config.AddCommand<SourcesCommand>("sources")
                .WithDescription("Every origin claims resolve to: its grade, the reliability learnt from resolved propositions, counts and dates.")
                .WithExample("sources", "--json");
            config.AddCommand<GradeCommand>("grade")
                .WithDescription("Grade an origin's reliability on the Admiralty scale, A to G (reversible with 'assay undo').")
                .WithExample("grade", "source:south-korea-nis", "B", "--note", "long record on troop movements");
            config.AddCommand<ResolveCommand>("resolve")
                .WithDescription("Record that a proposition was confirmed or refuted, optionally with the true figure (reversible with 'assay undo').")
                .WithExample("resolve", "p20.c5", "confirmed", "--value", "11000");
            config.AddCommand<ShowCommand>("show")
                .WithDescription("Show an article with its extracted spans highlighted, then its claims.")
                .WithExample("show", "3");
            config.AddCommand<SearchCommand>("search")
                .WithDescription("Full-text search over stored articles.")
                .WithExample("search", "\"special forces\"");
            config.AddCommand<EvalCommand>("eval").WithDescription("Score extraction against a gold folder: P, R, F1 per field. Exit 0: targets met; 3: a target missed; 1: bad input.").WithExample("eval", "tests/gold");
            config.AddCommand<BenchCommand>("bench")
                .WithDescription("Generate a corpus, ingest it and time the queries: articles/s, peak memory, p50/p95 latency, each against its target.")
                .WithExample("bench", "--articles", "250000", "--report", "bench/reports/ingest-250k-sqlite.md")
                .WithExample("bench", "--articles", "250000", "--db", "postgres://assay@localhost/assay");
            config.AddBranch("ach", ach =>
            {
                ach.SetDescription("Analysis of competing hypotheses: a matrix of hypotheses against evidence, scored, every step in the history (reversible with 'assay undo').");
                ach.AddCommand<AchNewCommand>("new")
                    .WithDescription("Start an ACH matrix.")
                    .WithExample("ach", "new", "troops", "--title", "Why are North Korean troops in Russia?");
                ach.AddCommand<AchAddHypothesisCommand>("add-hypothesis")
                    .WithDescription("Add a hypothesis (a column); it gets the next id, H1, H2, ...")
                    .WithExample("ach", "add-hypothesis", "troops", "Sent to fight in Kursk");
                ach.AddCommand<AchAddEvidenceCommand>("add-evidence")
                    .WithDescription("Add an item of evidence or argument (a row); it gets the next id, E1, E2, ...")
                    .WithExample("ach", "add-evidence", "troops", "Spy agency reports 1,500 special forces shipped", "--credibility", "high", "--type", "HUMINT", "--proposition", "p20.c5");
                ach.AddCommand<AchRateCommand>("rate")
                    .WithDescription("Rate an item against a hypothesis (CC, C, N, I, II, NA), or a whole row in hypothesis order.")
                    .WithExample("ach", "rate", "troops", "E2", "H1", "II", "--note", "contradicts the date")
                    .WithExample("ach", "rate", "troops", "E2", "CC,C,I");
                ach.AddCommand<AchShowCommand>("show")
                    .WithDescription("The matrix with scores, diagnosticity, the leader and what it hangs on; --mode likelihood adds posteriors.")
                    .WithExample("ach", "show", "troops", "--mode", "likelihood");
                ach.AddCommand<AchListCommand>("list")
                    .WithDescription("The ACH matrices in the store.");
                ach.AddCommand<AchImportCommand>("import")
                    .WithDescription("Read a PARC ACH .achz file into a new matrix.")
                    .WithExample("ach", "import", "ferry.achz", "--name", "ferry");
                ach.AddCommand<AchExportCommand>("export")
                    .WithDescription("Write a matrix as a PARC ACH .achz file.")
                    .WithExample("ach", "export", "troops", "--out", "troops.achz");
            });
            config.AddBranch("users", users =>
            {
                users.SetDescription("Who may use 'assay serve' beyond this machine: users with roles, and the API tokens they sign in with (stored hashed).");
                users.AddCommand<UsersAddCommand>("add")
                    .WithDescription("Add a user: viewer reads, analyst also changes the workspace, admin also manages users.")
                    .WithExample("users", "add", "rosa", "--role", "analyst");
                users.AddCommand<UsersListCommand>("list")
                    .WithDescription("The users, their roles and how many valid tokens each holds.")
                    .WithExample("users", "list", "--json");
                users.AddCommand<UsersTokenCommand>("token")
                    .WithDescription("Issue an API token for a user and print it once; it cannot be shown again.")
                    .WithExample("users", "token", "rosa");
                users.AddCommand<UsersRevokeCommand>("revoke")
                    .WithDescription("Revoke a token by the number printed when it was issued; browser sessions started with it end too.")
                    .WithExample("users", "revoke", "3");
                users.AddCommand<UsersRoleCommand>("role")
                    .WithDescription("Give a user another role, from their next request on.")
                    .WithExample("users", "role", "rosa", "viewer");
                users.AddCommand<UsersDisableCommand>("disable")
                    .WithDescription("Stop a user signing in: none of their tokens works and their sessions end; their tokens are kept for 'enable'.")
                    .WithExample("users", "disable", "rosa");
                users.AddCommand<UsersEnableCommand>("enable")
                    .WithDescription("Let a disabled user sign in again with their tokens that are not revoked.")
                    .WithExample("users", "enable", "rosa");
            });
            config.AddCommand<ExportCommand>("export")
                .WithDescription("Hand the picture to other tools: a STIX 2.1 bundle, MISP events, ClaimReview records, or a table as CSV or JSON Lines; whole, or one subject or window.")
                .WithExample("export", "--format", "stix", "--out", "troops.stix.json", "--subject", "troops")
                .WithExample("export", "--format", "csv", "--table", "estimates");
            config.AddCommand<ImportCommand>("import")
                .WithDescription("Read STIX 2.1 bundles into the store: reports become articles, and Assay's own export comes back whole with its grades and resolutions. Exit 0: all stored; 2: something refused (listed).")
                .WithExample("import", "troops.stix.json")
                .WithExample("import", "opencti-export.json", "--fetch");
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("The web workbench and REST API (/api/v1) over the store, on this machine only unless --urls says otherwise.")
                .WithExample("serve")
                .WithExample("serve", "--db", "news.db", "--urls", "http://127.0.0.1:8080");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Ingest samples/ into a fresh .tmp/demo.db and print the picture.");
        });
        return app;
    }
}
