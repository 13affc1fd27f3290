using System.Globalization;
using System.Text;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;
using Assay.Extraction.Reading;

namespace Assay.Extraction.Tests.Specs;

/// <summary>Runs every example of every spec file under Specs/ through the default pipeline.</summary>
public sealed class SpecTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var example in SpecFile.ReadAll())
        {
            data.Add(example.File, example.Line);
        }

        return data;
    }

    [Fact]
    public void SpecFiles_Exist_AndHoldExamples()
    {
        Assert.NotEmpty(Examples());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_Extracts_ExpectedSpans(string file, int line)
    {
        // Given the example's text as an article published on its date (read as a file when it names a format)
        var example = SpecFile.Read(Path.Combine(SpecFile.Directory, file)).Single(e => e.Line == line);
        var article = ArticleOf(example);

        // When the default pipeline annotates it
        var document = ExtractionPipeline.Default.Annotate(article);

        // Then every expectation holds
        var failures = new StringBuilder();
        foreach (var expectation in example.Expectations)
        {
            var error = Check(document, expectation);
            if (error is not null)
            {
                failures.AppendLine($"{file}:{expectation.Line}: {error}");
            }
        }

        Assert.True(failures.Length == 0, failures.ToString() + Describe(document));
    }

    private static Article ArticleOf(SpecExample example)
    {
        if (example.Format is null)
        {
            return Article.FromText(example.Input) with { Published = example.Published, Outlet = "Test Wire" };
        }

        var results = ArticleReader.Default.ReadText(example.Input, $"{example.File}:{example.Line}", example.Format).ToList();
        Assert.True(results.Count == 1, $"{example.File}:{example.Line}: the reader gave {results.Count} results; an example holds one article.");
        var read = results[0];
        Assert.True(read.Succeeded, $"{example.File}:{example.Line}: the reader skipped the input: {read.Error}");
        return read.Article! with { Published = read.Article!.Published ?? example.Published };
    }

    private static string? Check(AnnotatedDocument document, SpecExpectation expectation)
    {
        var items = SpecItems.Of(document, expectation.Kind);
        var candidates = items.Where(i => expectation.Text is null || i.Matches(expectation.Text, expectation.Kind)).ToList();
        if (expectation.Negated)
        {
            var offending = candidates.Where(c => expectation.Conditions.All(k => Holds(c, k))).ToList();
            return offending.Count == 0 ? null : $"expected no {expectation.Kind}{Quote(expectation.Text)}, found {offending[0]}";
        }

        if (candidates.Count == 0)
        {
            return $"expected {expectation.Kind}{Quote(expectation.Text)}, found none";
        }

        if (candidates.Any(c => expectation.Conditions.All(k => Holds(c, k))))
        {
            return null;
        }

        var best = candidates[0];
        var wrong = expectation.Conditions.Where(k => !Holds(best, k)).Select(k => $"{k.Key}{k.Op}{k.Value ?? "null"} but was {best.Get(k.Key) ?? "null"}");
        return $"{expectation.Kind}{Quote(expectation.Text)}: {string.Join("; ", wrong)}";
    }

    private static bool Holds(SpecItem item, SpecCondition condition)
    {
        var actual = item.Get(condition.Key);
        switch (condition.Op)
        {
            case '~':
                return actual is not null && condition.Value is not null && actual.Contains(condition.Value, StringComparison.OrdinalIgnoreCase);
            case '<':
            case '>':
                if (actual is null || !double.TryParse(actual, CultureInfo.InvariantCulture, out var a)
                    || !double.TryParse(condition.Value, CultureInfo.InvariantCulture, out var b))
                {
                    return false;
                }

                return condition.Op == '<' ? a < b : a > b;
            default:
                if (actual is null || condition.Value is null)
                {
                    return actual is null && condition.Value is null;
                }

                if (double.TryParse(actual, CultureInfo.InvariantCulture, out var x) && double.TryParse(condition.Value, CultureInfo.InvariantCulture, out var y))
                {
                    return Math.Abs(x - y) < 1e-9;
                }

                return string.Equals(actual, condition.Value, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Quote(string? text) => text is null ? string.Empty : $" \"{text}\"";

    private static string Describe(AnnotatedDocument document)
    {
        var sb = new StringBuilder("\nWhat the pipeline found:\n");
        foreach (var kind in SpecItems.Kinds.Where(k => k != "body"))
        {
            foreach (var item in SpecItems.Of(document, kind))
            {
                sb.AppendLine("  " + item);
            }
        }

        return sb.ToString();
    }
}
