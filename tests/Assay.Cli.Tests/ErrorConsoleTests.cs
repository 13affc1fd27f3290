using Assay.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace Assay.Cli.Tests;

public sealed class ErrorConsoleTests
{
    [Fact]
    public void Error_LongMessage_StaysOnOneLine()
    {
        // Given a 40-column console
        var console = new TestConsole().Width(40);
        var errors = new ErrorConsole(console, verbose: false);
        var message = string.Join(' ', Enumerable.Repeat("word", 30));

        // When a long error is written
        errors.Error(message);

        // Then it is one line, unwrapped and unstyled
        Assert.Equal($"error: {message}\n", console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Error_ExceptionWhenNotVerbose_HasNoStackTrace()
    {
        // Given an exception with a stack trace
        var console = new TestConsole().Width(120);
        Exception caught;
        try
        {
            throw new InvalidOperationException("broken");
        }
        catch (InvalidOperationException ex)
        {
            caught = ex;
        }

        // When written without --verbose
        new ErrorConsole(console, verbose: false).Error(caught, "ingest");

        // Then only the message line appears
        Assert.Equal("error: ingest: broken", console.Output.Trim());
    }
}
