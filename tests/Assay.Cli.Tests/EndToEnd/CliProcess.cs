using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>Starts the built CLI as a child process, as a person would run it, with stderr drained as it comes.</summary>
internal static class CliProcess
{
    private static readonly ConditionalWeakTable<Process, StringBuilder> Errors = new();

    /// <summary>Starts <c>assay ARGS</c>; stdout is redirected for the caller to read.</summary>
    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "assay.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("the CLI did not start");

        // Drained as it comes so a full pipe can never stall the child, and kept so a failing test can show it.
        var errors = Errors.GetValue(process, _ => new StringBuilder());
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (errors)
                {
                    errors.AppendLine(line.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>What the child has written to stderr so far; call after it has exited for all of it.</summary>
    public static string ErrorsOf(Process process)
    {
        if (!Errors.TryGetValue(process, out var errors))
        {
            return string.Empty;
        }

        // WaitForExit() with no timeout also waits for the redirected streams to reach their end.
        process.WaitForExit();
        lock (errors)
        {
            return errors.ToString();
        }
    }
}
