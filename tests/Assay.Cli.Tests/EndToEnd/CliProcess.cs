using System.Diagnostics;

namespace Assay.Cli.Tests.EndToEnd;

/// <summary>Starts the built CLI as a child process, as a person would run it, with stderr drained as it comes.</summary>
internal static class CliProcess
{
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

        // Drained as it comes so a full pipe can never stall the child.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }
}
