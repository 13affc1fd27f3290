namespace Assay.Extraction.Reading;

/// <summary>Chooses a format from a file extension or, failing that, from the content itself.</summary>
internal static class FormatSniffer
{
    /// <summary>The format a known extension or format name stands for ("md", ".html", "jsonl"), else null.</summary>
    public static InputFormat? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return name.Trim().TrimStart('.').ToLowerInvariant() switch
        {
            "txt" or "text" or "md" or "markdown" or "mdown" or "mkd" or "plain" => InputFormat.Text,
            "htm" or "html" or "xhtml" or "shtml" => InputFormat.Html,
            "json" => InputFormat.Json,
            "jsonl" or "ndjson" or "jsonlines" => InputFormat.JsonLines,
            _ => null,
        };
    }

    /// <summary>Guesses the format from decoded content; null when it is neither markup, JSON nor prose.</summary>
    public static InputFormat? FromContent(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return null;
        }

        var head = text.AsSpan(start, Math.Min(2048, text.Length - start));
        switch (head[0])
        {
            case '[':
                return InputFormat.Json;
            case '{':
                return LooksLikeJsonLines(text.AsSpan(start)) ? InputFormat.JsonLines : InputFormat.Json;
            case '<' when LooksLikeHtml(head):
                return InputFormat.Html;
        }

        return LooksLikeProse(head) ? InputFormat.Text : null;
    }

    private static bool LooksLikeJsonLines(ReadOnlySpan<char> text)
    {
        // A JSON Lines file has a second line that starts another object; a pretty-printed JSON object does not.
        var newline = text.IndexOf('\n');
        if (newline < 0)
        {
            return false;
        }

        var first = text[..newline].TrimEnd();
        var rest = text[(newline + 1)..].TrimStart();
        return first.Length > 1 && first[^1] == '}' && rest.Length > 0 && rest[0] == '{';
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> head)
    {
        ReadOnlySpan<string> markers = ["<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<meta", "<title"];
        foreach (var marker in markers)
        {
            if (head.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LooksLikeProse(ReadOnlySpan<char> head)
    {
        // Prose is mostly letters and has several words; tables of numbers or symbol soup are not articles.
        int letters = 0, visible = 0, words = 0;
        var inWord = false;
        foreach (var c in head)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            visible++;
            if (char.IsLetter(c))
            {
                letters++;
                if (!inWord)
                {
                    words++;
                }

                inWord = true;
            }
        }

        return words >= 3 && letters * 2 >= visible;
    }
}
