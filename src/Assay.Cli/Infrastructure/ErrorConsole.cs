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
    public void Error(string message) => Console.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    /// <summary>Writes one yellow line.</summary>
    public void Warning(string message) => Console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");

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
