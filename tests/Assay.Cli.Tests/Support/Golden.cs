using Assay.Testing;

namespace Assay.Cli.Tests.Support;

/// <summary>Compares human-facing output with a committed <c>Golden/NAME.verified.txt</c>.</summary>
/// <remarks>On a mismatch (or a missing file) the actual output is written beside it as <c>NAME.received.txt</c>;
/// review it and rename it to accept. Line endings and trailing spaces are normalised.</remarks>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        var folder = SharedData.RepoPath("tests", "Assay.Cli.Tests", "Golden");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var normalised = Normalise(actual);
        if (File.Exists(verified) && Normalise(File.ReadAllText(verified)) == normalised)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalised);
        Assert.Fail(File.Exists(verified)
            ? $"Output differs from {verified}; see {received}."
            : $"No golden file {verified} yet; review {received} and rename it to accept.");
    }

    private static string Normalise(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd() + "\n";
}
