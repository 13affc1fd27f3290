using Spectre.Console;

namespace Assay.Cli.Infrastructure;

/// <summary>Where error lines go (stderr), kept apart so JSON and CSV on stdout stay clean.</summary>
internal sealed class ErrorConsole(IAnsiConsole console, bool verbose)
{
    /// <summary>The console writing to stderr.</summary>
    public IAnsiConsole Console { get; } = console;

    /// <summary>True when stack traces are wanted (--verbose or ASSAY_DEBUG=1).</summary>
    public bool Verbose { get; } = verbose;

    /// <summary>Writes one red line.</summary>
    public void Error(string message) => Line("red", "error:", message);

    /// <summary>Writes one yellow line.</summary>
    public void Warning(string message) => Line("yellow", "warning:", message);

    /// <summary>Writes one grey line: what was done beside the output (a file written), kept off stdout.</summary>
    public void Note(string message) => Line("grey", "note:", message);

    // The label is styled by Spectre (which knows whether colour is on); the message is written raw, never wrapped
    // at the console width: one message is one line, for people and for grep.
    private void Line(string style, string label, string message)
    {
        Console.Markup($"[{style}]{label}[/]");
        var writer = Console.Profile.Out.Writer;
        writer.WriteLine(" " + message);
        writer.Flush();
    }

    /// <summary>Writes an exception as one red line, with the stack trace only when verbose.</summary>
    public void Error(Exception exception, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Error(context is null ? exception.Message : $"{context}: {exception.Message}");
        if (Verbose)
        {
            Console.WriteException(exception);
        }
    }
}
