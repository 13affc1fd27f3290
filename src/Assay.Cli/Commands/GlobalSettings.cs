using System.ComponentModel;
using Spectre.Console.Cli;

namespace Assay.Cli.Commands;

/// <summary>Options every command takes.</summary>
internal class GlobalSettings : CommandSettings
{
    /// <summary>The database file used when neither --db nor ASSAY_DB is given.</summary>
    public const string DefaultDb = "assay.db";

    [CommandOption("--db <PATH>")]
    [Description("SQLite database file, or a PostgreSQL server: a postgres:// (postgresql://) URL such as postgres://user:password@host:5432/assay?sslmode=require, or a connection string starting Host=. Default: $ASSAY_DB, else assay.db in the current directory.")]
    public string? Db { get; init; }

    [CommandOption("--verbose")]
    [Description("Show stack traces with errors (also ASSAY_DEBUG=1).")]
    public bool Verbose { get; init; }

    /// <summary>The database path: --db, else ASSAY_DB, else assay.db.</summary>
    public string DbPath => ResolveDbPath(Db, Environment.GetEnvironmentVariable("ASSAY_DB"));

    /// <summary>Chooses the database path from the option and the environment.</summary>
    internal static string ResolveDbPath(string? option, string? environment) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : !string.IsNullOrWhiteSpace(environment) ? environment
        : DefaultDb;
}
