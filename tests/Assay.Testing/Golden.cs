using System.Runtime.CompilerServices;
using Xunit;

namespace Assay.Testing;

/// <summary>Compares output with a committed golden file, <c>Golden/NAME.verified.EXT</c> in the calling test's project.</summary>
/// <remarks>Line endings and trailing spaces are normalised. On a mismatch or a missing file the actual output is written
/// beside it as <c>NAME.received.EXT</c> and the test fails, naming the first differing line; the verified file is
/// written (or replaced) only when ASSAY_ACCEPT=1 is set, never silently.</remarks>
public static class Golden
{
    /// <summary>Passes when <paramref name="actual"/> equals the verified file (<paramref name="extension"/> "txt" or "json").</summary>
    public static void Verify(string name, string actual, string extension = "txt", [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(ProjectFolder(caller), "Golden");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        var normalised = Normalise(actual);
        var expected = File.Exists(verified) ? Normalise(File.ReadAllText(verified)) : null;
        if (expected == normalised)
        {
            File.Delete(received);
            return;
        }

        if (Environment.GetEnvironmentVariable("ASSAY_ACCEPT") == "1")
        {
            File.WriteAllText(verified, normalised);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        Assert.Fail(expected is null
            ? $"No golden file {verified} yet: review {received}, then rerun with ASSAY_ACCEPT=1 to accept it."
            : $"Output differs from {verified} {FirstDifference(expected, normalised)}; see `diff {verified} {received}`, and rerun with ASSAY_ACCEPT=1 to accept it.");
    }

    /// <summary>Text with "\n" line ends, no trailing spaces and one final line end.</summary>
    public static string Normalise(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n";

    // The test project holding the calling source file: the nearest folder above it with a project file.
    private static string ProjectFolder(string sourceFile)
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (dir is not null && dir.GetFiles("*.csproj").Length == 0)
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No test project above {sourceFile}.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of file)";
            var right = i < a.Length ? a[i] : "(end of file)";
            if (left != right)
            {
                return $"at line {i + 1}: expected «{left.Trim()}», got «{right.Trim()}»";
            }
        }

        return "";
    }
}
