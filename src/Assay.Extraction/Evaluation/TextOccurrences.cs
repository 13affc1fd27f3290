using Assay.Core.Text;

namespace Assay.Extraction.Evaluation;

/// <summary>Finds where a gold quantity's text stands in an article body.</summary>
/// <remarks>
/// Comparison ignores case, and any run of white space (space, tab, line break, U+00A0 and the other Unicode
/// spaces) in the gold text matches any run of white space in the body, so "11 000" with a no-break space matches
/// either spelling. An occurrence must stand alone as a number: the characters around it are not letters or digits,
/// nor a '.' or ',' joined to a digit, so "17" is not found inside "170", "2017" or "1,170".
/// </remarks>
public static class TextOccurrences
{
    /// <summary>Every occurrence of <paramref name="needle"/> in <paramref name="body"/>, in text order, not overlapping.</summary>
    public static IReadOnlyList<TextSpan> Find(string body, string needle)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(needle);
        var pattern = needle.Trim();
        var found = new List<TextSpan>();
        if (pattern.Length == 0)
        {
            return found;
        }

        var start = 0;
        while (start < body.Length)
        {
            if (MatchAt(body, start, pattern) is { } end && StandsAlone(body, start, end))
            {
                found.Add(new TextSpan(start, end));
                start = end;
            }
            else
            {
                start++;
            }
        }

        return found;
    }

    // Returns the end of the match at start, or null.
    private static int? MatchAt(string body, int start, string pattern)
    {
        var b = start;
        var p = 0;
        while (p < pattern.Length)
        {
            if (b >= body.Length)
            {
                return null;
            }

            if (char.IsWhiteSpace(pattern[p]))
            {
                if (!char.IsWhiteSpace(body[b]))
                {
                    return null;
                }

                while (p < pattern.Length && char.IsWhiteSpace(pattern[p]))
                {
                    p++;
                }

                while (b < body.Length && char.IsWhiteSpace(body[b]))
                {
                    b++;
                }

                continue;
            }

            if (char.ToLowerInvariant(pattern[p]) != char.ToLowerInvariant(body[b]))
            {
                return null;
            }

            p++;
            b++;
        }

        return b;
    }

    private static bool StandsAlone(string body, int start, int end)
    {
        if (start > 0)
        {
            var before = body[start - 1];
            if (char.IsLetterOrDigit(before) || (before is '.' or ',' && start > 1 && char.IsDigit(body[start - 2])))
            {
                return false;
            }
        }

        if (end < body.Length)
        {
            var after = body[end];
            if (char.IsLetterOrDigit(after) || (after is '.' or ',' && end + 1 < body.Length && char.IsDigit(body[end + 1])))
            {
                return false;
            }
        }

        return true;
    }
}
