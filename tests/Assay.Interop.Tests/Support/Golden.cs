using Assay.Testing;

namespace Assay.Interop.Tests.Support;

/// <summary>Compares an export with a committed <c>Golden/NAME.verified.json</c>.</summary>
/// <remarks>Line endings and trailing spaces are normalised. On a mismatch or a missing file the actual output is written
/// beside it as <c>NAME.received.json</c> and the test fails, naming the first differing line; the verified file is
/// written (or replaced) only when ASSAY_ACCEPT=1 is set, never silently.</remarks>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        var folder = SharedData.RepoPath("tests", "Assay.Interop.Tests", "Golden");
        var verified = Path.Combine(folder, name + ".verified.json");
        var received = Path.Combine(folder, name + ".received.json");
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

    internal static string Normalise(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n";

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
