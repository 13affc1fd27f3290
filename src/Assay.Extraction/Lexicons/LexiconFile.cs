using System.Reflection;

namespace Assay.Extraction.Lexicons;

/// <summary>Reads the tab-separated lexicon files embedded in this assembly.</summary>
/// <remarks>Lines starting with '#' and blank lines are skipped; fields are trimmed.</remarks>
internal static class LexiconFile
{
    /// <summary>Rows of the embedded lexicon <paramref name="fileName"/> ("actors.tsv"), with 1-based line numbers.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string fileName)
    {
        var name = "Assay.Extraction.Lexicons." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Lexicon '{fileName}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#' || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var fields = text.Split('\t');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            yield return (line, fields);
        }
    }
}
