using System.Text;

namespace Assay.Storage.Sqlite;

/// <summary>Turns what a person types into a safe FTS5 query: every word or "quoted phrase" becomes a quoted
/// FTS5 phrase, all of which must match; a trailing * keeps prefix search.</summary>
/// <remarks>FTS5 operators (AND, OR, NOT, NEAR, column filters, ^) are never interpreted, so no input can
/// make the query fail to parse.</remarks>
internal static class FullTextQuery
{
    private static readonly HashSet<string> Articles = new(["the", "a", "an"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The FTS5 query for <paramref name="input"/>, or null when it holds no searchable word.</summary>
    public static string? Build(string? input) => Build(Terms(input));

    /// <summary>The FTS5 query for <paramref name="terms"/>, or null when there are none.</summary>
    public static string? Build(IReadOnlyList<SearchTerm> terms) =>
        terms.Count == 0
            ? null
            : string.Join(' ', terms.Select(t => Quote(t.Text) + (t.Prefix ? "*" : string.Empty)));

    /// <summary>The terms of <paramref name="input"/> without the bare words "the", "a" and "an", for searching claims:
    /// a source is stored as "UN relief agency" as often as "the UN relief agency", and on a million articles a
    /// search that must also match "the" reads every posting of its other words (0.5 ms becomes 140 ms).</summary>
    public static IReadOnlyList<SearchTerm> ClaimTerms(string? input)
    {
        var terms = Terms(input);
        var kept = terms.Where(t => t.Prefix || !Articles.Contains(t.Text)).ToList();
        return kept.Count == 0 ? terms : kept;
    }

    /// <summary>The words and phrases of <paramref name="input"/> that hold a letter or digit, each marked when it
    /// ended in * (prefix search); shared by every store's full-text search.</summary>
    public static IReadOnlyList<SearchTerm> Terms(string? input)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(input))
        {
            return terms;
        }

        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            int end;
            string term;
            if (input[i] == '"')
            {
                // A phrase runs to the closing quote, or to the end when the quote is never closed.
                var close = input.IndexOf('"', i + 1);
                end = close < 0 ? input.Length : close + 1;
                term = input[(i + 1)..(close < 0 ? input.Length : close)];
            }
            else
            {
                end = i;
                while (end < input.Length && !char.IsWhiteSpace(input[end]) && input[end] != '"')
                {
                    end++;
                }

                term = input[i..end];
            }

            i = end;
            var prefix = term.EndsWith('*');
            term = term.Trim().TrimEnd('*');
            if (HasWordCharacter(term))
            {
                terms.Add(new SearchTerm(term, prefix));
            }
        }

        return terms;
    }

    private static string Quote(string term)
    {
        var builder = new StringBuilder(term.Length + 2);
        builder.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return builder.ToString();
    }

    private static bool HasWordCharacter(string term)
    {
        foreach (var c in term)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
