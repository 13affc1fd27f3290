using System.Globalization;
using System.Text;

namespace Assay.Extraction.Tests.Specs;

/// <summary>Reads spec files: Markdown prose with fenced <c>example</c> blocks holding an input, a line with a
/// single '.', and the expected spans.</summary>
/// <remarks>
/// <code>
/// ```example published=2024-10-21
/// There have even been reports that over a thousand of these troops belong to special forces.
/// .
/// quantity "over a thousand" low=1000 high=null qualifier=MoreThan
/// no time
/// ```
/// </code>
/// Expectation lines: <c>[no] KIND ["TEXT"] key=value key="a value" key&lt;0.5 key~part</c>. KIND is sentence,
/// mention, quantity, time, attribution, hedge, event or claim. TEXT matches the item's text exactly, except
/// for claims, whose text need only contain it. <c>null</c> stands for a missing value. <c>no KIND</c> asserts
/// there is no item of that kind; <c>no KIND "TEXT"</c> that none has that text.
/// <para>Header options: <c>published=yyyy-MM-dd</c> (default 2024-10-21) and <c>format=md</c> (or txt, html, json,
/// jsonl). Without a format the input is the body text itself (<c>Article.FromText</c>, outlet "Test Wire"). With
/// one it goes through <c>ArticleReader.Default.ReadText</c> as a file of that format, so head lines, captions,
/// related links and metadata are read as in real use; <c>published=</c> then only applies when the reader finds
/// no date, and the outlet is whatever the reader found.</para>
/// <para>Kinds about the article itself: <c>article</c> (one item, no TEXT; keys title, byline, outlet, kind,
/// published, url, language), <c>paragraph "TEXT"</c> (a paragraph of the body, matched exactly),
/// <c>caption "TEXT"</c> (an image caption with its credit, matched exactly) and <c>body "TEXT"</c> (one item, the
/// whole body, matched when the body contains TEXT, so <c>no body "Related article"</c> asserts the body lacks it).</para>
/// </remarks>
internal static class SpecFile
{
    private static readonly string[] Formats = ["md", "txt", "html", "json", "jsonl"];

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<SpecExample> ReadAll() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.md").Order(StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].TrimEnd();
            if (!fence.StartsWith("```example", StringComparison.Ordinal))
            {
                continue;
            }

            var published = new DateOnly(2024, 10, 21);
            string? format = null;
            foreach (var option in fence["```example".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (option.StartsWith("published=", StringComparison.Ordinal))
                {
                    published = DateOnly.ParseExact(option["published=".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                else if (option.StartsWith("format=", StringComparison.Ordinal))
                {
                    format = option["format=".Length..];
                    if (!Formats.Contains(format))
                    {
                        throw new FormatException($"{name}:{i + 1}: format '{format}' is not one of {string.Join(", ", Formats)}.");
                    }
                }
                else
                {
                    throw new FormatException($"{name}:{i + 1}: unknown example option '{option}'.");
                }
            }

            var start = i + 1;
            var input = new StringBuilder();
            var expectations = new List<SpecExpectation>();
            var inExpected = false;
            i++;
            for (; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                if (!inExpected && lines[i] == ".")
                {
                    inExpected = true;
                }
                else if (inExpected)
                {
                    if (!string.IsNullOrWhiteSpace(lines[i]))
                    {
                        expectations.Add(ParseExpectation(lines[i], i + 1, name));
                    }
                }
                else
                {
                    if (input.Length > 0)
                    {
                        input.Append('\n');
                    }

                    input.Append(lines[i]);
                }
            }

            if (!inExpected)
            {
                throw new FormatException($"{name}:{start}: example has no '.' line separating input from expectations.");
            }

            yield return new SpecExample(name, start, input.ToString(), published, expectations, format);
        }
    }

    private static SpecExpectation ParseExpectation(string line, int number, string file)
    {
        var tokens = Tokenize(line, number, file);
        var k = 0;
        var negated = false;
        if (tokens[k] == "no")
        {
            negated = true;
            k++;
        }

        if (k >= tokens.Count)
        {
            throw new FormatException($"{file}:{number}: expectation has no kind.");
        }

        var kind = tokens[k++];
        string? text = null;
        if (k < tokens.Count && tokens[k].StartsWith('"'))
        {
            text = tokens[k++][1..];
        }

        var conditions = new List<SpecCondition>();
        for (; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var at = t.IndexOfAny(['=', '<', '>', '~']);
            if (at <= 0)
            {
                throw new FormatException($"{file}:{number}: '{t}' is not key=value.");
            }

            var value = t[(at + 1)..];
            if (value.StartsWith('"'))
            {
                value = value[1..];
            }
            else if (value == "null")
            {
                value = null!;
            }

            conditions.Add(new SpecCondition(t[..at], t[at], value));
        }

        return new SpecExpectation(number, negated, kind, text, conditions);
    }

    // Splits on spaces outside double quotes; a quoted token keeps one leading '"' as a marker; \\ escapes.
    private static List<string> Tokenize(string line, int number, string file)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var trimmed = line.Trim();
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '\\' && i + 1 < trimmed.Length)
            {
                current.Append(trimmed[++i]);
            }
            else if (c == '"')
            {
                if (!quoted)
                {
                    current.Append('"');
                }

                quoted = !quoted;
            }
            else if (c == ' ' && !quoted)
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"{file}:{number}: unclosed quote.");
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
