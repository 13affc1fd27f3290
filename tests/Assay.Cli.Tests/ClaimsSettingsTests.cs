using Assay.Cli.Commands;
using Assay.Cli.Tests.Support;
using Assay.Core.Claims;

namespace Assay.Cli.Tests;

public sealed class ClaimsSettingsTests
{
    [Theory]
    [InlineData("--since", "2024-13-01", "--since wants a date")]
    [InlineData("--since", "21/10/2024", "--since wants a date")]
    [InlineData("--event", "teleport", "Unknown event type 'teleport'")]
    [InlineData("--stance", "maybe", "Unknown stance 'maybe'")]
    [InlineData("--limit", "0", "--limit must be a positive number")]
    public void Run_BadFilter_FailsWithOneErrorLine(string option, string value, string message)
    {
        // Given a CLI over an existing store
        var cli = new CliRun();

        // When claims is asked with a bad filter
        var exit = cli.Run("claims", option, value, "--db", CliRun.ExistingDb());

        // Then it exits 1 with a one-line message and no stack trace, and never queries the store
        Assert.Equal(1, exit);
        Assert.Contains(message, cli.Err.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Err.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Out.Output.Trim());
    }

    [Fact]
    public void Run_JsonAndCsvTogether_Fails()
    {
        // Given a CLI
        var cli = new CliRun();

        // When both output formats are asked for
        var exit = cli.Run("claims", "--json", "--csv", "--db", CliRun.ExistingDb());

        // Then it refuses
        Assert.Equal(1, exit);
        Assert.Contains("Choose one of --json and --csv", cli.Err.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ToQuery_ValidFilters_ParsesSnakeCaseAndDates()
    {
        // Given valid filters in the CLI's spelling
        var settings = new ClaimsSettings { Event = "casualty", Stance = "Refuted", Since = "2024-06-19", Article = 7, Limit = 5, Subject = "troops" };

        // When validated and turned into a query
        var valid = settings.Validate();
        var query = settings.ToQuery();

        // Then each filter is carried over
        Assert.True(valid.Successful);
        Assert.Equal(EventType.Casualty, query.Event);
        Assert.Equal(Stance.Refuted, query.Stance);
        Assert.Equal(new DateOnly(2024, 6, 19), query.Since);
        Assert.Equal(7, query.ArticleId);
        Assert.Equal(5, query.Limit);
        Assert.Equal("troops", query.Subject);
    }

    [Fact]
    public void Validate_NumericEnumValue_IsRefused()
    {
        // Given an event given as a number, which Enum.Parse would accept
        var settings = new ClaimsSettings { Event = "3" };

        // When validated
        var result = settings.Validate();

        // Then it is refused: only names are part of the interface
        Assert.False(result.Successful);
    }

    [Theory]
    [InlineData("x.db", "env.db", "x.db")]
    [InlineData(null, "env.db", "env.db")]
    [InlineData(null, null, "assay.db")]
    [InlineData("", " ", "assay.db")]
    public void ResolveDbPath_OptionEnvironmentDefault_PicksInThatOrder(string? option, string? environment, string expected)
    {
        // Given an option and an environment value
        // When the path is resolved
        var path = GlobalSettings.ResolveDbPath(option, environment);

        // Then the option wins over ASSAY_DB, which wins over the default
        Assert.Equal(expected, path);
    }
}
