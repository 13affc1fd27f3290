using System.Security.Cryptography;
using System.Text;
using Assay.Core.Text;

namespace Assay.Core.Articles;

/// <summary>One report as published: its body text plus metadata, identified by a hash of its content.</summary>
/// <remarks>
/// <see cref="Text"/> holds the body only (no title, byline, captions or "related article" lines);
/// every offset in an extraction points into it. <see cref="Paragraphs"/> are spans into <see cref="Text"/>.
/// </remarks>
public sealed record Article
{
    /// <summary>Creates an article and computes its content hash.</summary>
    public Article(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        foreach (var p in paragraphs)
        {
            if (p.End > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(paragraphs), $"Paragraph {p} lies outside the text of length {text.Length}.");
            }
        }

        Text = text;
        Paragraphs = paragraphs;
    }

    /// <summary>Body text; all offsets point into it.</summary>
    public string Text { get; }

    /// <summary>Paragraphs of the body, as spans into <see cref="Text"/>, in order.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; }

    /// <summary>Headline.</summary>
    public string? Title { get; init; }

    /// <summary>Publisher, such as "The Moscow Times".</summary>
    public string? Outlet { get; init; }

    /// <summary>Author line without the leading "By".</summary>
    public string? Byline { get; init; }

    /// <summary>Whom the article's uncredited statements and its "we" are credited to: the outlet, or the byline when
    /// there is no outlet or when the byline names the author at the outlet ("Helena Marsh, Institute for Northeast
    /// Asian Security": a paper's judgments are its author's); null when neither is known.</summary>
    public string? Voice => Outlet is not null && Byline is not null && NamesAuthorAt(Byline, Outlet) ? Byline : Outlet ?? Byline;

    // "Helena Marsh, Institute for Northeast Asian Security" at that institute: compared in place, as every uncredited
    // claim asks.
    private static bool NamesAuthorAt(string byline, string outlet) =>
        byline.Length > outlet.Length + 2 && byline.EndsWith(outlet, StringComparison.Ordinal)
        && byline[byline.Length - outlet.Length - 2] == ',' && byline[byline.Length - outlet.Length - 1] == ' ';

    /// <summary>Publication date (local to the outlet).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Canonical URL when known.</summary>
    public string? Url { get; init; }

    /// <summary>Language of the text as a BCP 47 tag ("en", "de-DE"), when the source states it; null when unknown.</summary>
    public string? Language { get; init; }

    /// <summary>News, opinion, analysis or statement.</summary>
    public ArticleKind Kind { get; init; } = ArticleKind.News;

    /// <summary>Image captions with their credit lines, kept apart from the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>Where the article was read from (file path, with line for JSON Lines), for messages.</summary>
    public string? Location { get; init; }

    /// <summary>Lower-case hex SHA-256 of the title and body text; equal content means the same article.</summary>
    public string ContentHash => ComputeHash(Title, Text);

    /// <summary>Number of whitespace-separated words in the body.</summary>
    public int WordCount
    {
        get
        {
            var count = 0;
            var inWord = false;
            foreach (var c in Text)
            {
                var ws = char.IsWhiteSpace(c);
                if (!ws && !inWord)
                {
                    count++;
                }

                inWord = !ws;
            }

            return count;
        }
    }

    /// <summary>Computes the content hash used to recognise the same article again.</summary>
    public static string ComputeHash(string? title, string text)
    {
        var bytes = Encoding.UTF8.GetBytes((title ?? string.Empty).Trim() + "\n\n" + text.Trim());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Creates an article from body text, splitting paragraphs on blank lines.</summary>
    public static Article FromText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<TextSpan>();
        var start = -1;
        var i = 0;
        while (i <= text.Length)
        {
            var atBreak = i == text.Length || (text[i] == '\n' && NextLineBlank(text, i + 1));
            if (start < 0 && i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                start = i;
            }

            if (atBreak && start >= 0)
            {
                var end = i;
                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                paragraphs.Add(new TextSpan(start, end));
                start = -1;
            }

            i++;
        }

        return new Article(text, paragraphs);
    }

    private static bool NextLineBlank(string text, int i)
    {
        while (i < text.Length && text[i] != '\n')
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }

            i++;
        }

        return true;
    }
}
