using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Assay.Extraction.Reading;

/// <summary>Reads plain text and Markdown articles: a head (title, byline, date, markers), a body of
/// blank-line separated paragraphs, and boilerplate (captions, related links, disclaimer, original URL) set apart.</summary>
internal static partial class PlainTextReader
{
    // Deeply nested quotes or lists in hostile input are cut down to this depth before Markdig sees them.
    private const int MaxQuoteDepth = 16;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Reads one article from <paramref name="text"/> (LF line ends).</summary>
    public static ReadResult Read(string text, string location)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(LimitNesting(text), Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit; such text is read without Markdown.
            return ReadLiteral(text, location);
        }

        var draft = new ArticleDraft();
        var blocks = new List<Block>(document);
        var inHead = true;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var hasMore = i + 1 < blocks.Count;
            switch (block)
            {
                case HeadingBlock heading:
                    ReadHeading(draft, heading, ref inHead);
                    break;
                case ParagraphBlock paragraph:
                    if (TryReadUrlFooter(draft, paragraph, i + 1 < blocks.Count ? blocks[i + 1] : null, out var consumedNext))
                    {
                        i += consumedNext ? 1 : 0;
                        break;
                    }

                    ReadParagraph(draft, paragraph, text, hasMore, ref inHead);
                    break;
                case ListBlock list:
                    inHead = false;
                    foreach (var item in list)
                    {
                        draft.AddBody(ContainerText(item as ContainerBlock, text), BlockRole.ListItem);
                    }

                    break;
                case QuoteBlock quote:
                    inHead = false;
                    draft.AddBody(ContainerText(quote, text), BlockRole.Quote);
                    break;
                case HtmlBlock html:
                    var htmlText = HtmlBlocks.PlainText(html.Lines.ToString());
                    if (htmlText.Length > 0)
                    {
                        inHead = false;
                        draft.AddBody(htmlText, BlockRole.Paragraph);
                    }

                    break;
                case CodeBlock code:
                    // Indented plain text comes out of Markdig as a code block; it is still running text.
                    inHead = false;
                    draft.AddBody(code.Lines.ToString(), BlockRole.Paragraph);
                    break;
            }
        }

        return draft.Finish(location);
    }

    private static ReadResult ReadLiteral(string text, string location)
    {
        var draft = new ArticleDraft();
        var inHead = true;
        var paragraphs = text.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var lines = paragraphs[i].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (inHead && TryReadHead(draft, lines, hasMore: i + 1 < paragraphs.Length))
            {
                continue;
            }

            inHead = false;
            draft.AddBody(paragraphs[i], BlockRole.Paragraph);
        }

        return draft.Finish(location);
    }

    private static void ReadHeading(ArticleDraft draft, HeadingBlock heading, ref bool inHead)
    {
        var plain = ArticleDraft.CollapseSpaces(MarkdownInlineText.Flatten(heading.Inline)).Trim();
        if (plain.Length == 0 || ArticleDraft.IsRelatedLink(plain))
        {
            return;
        }

        if (inHead)
        {
            if (draft.Title is null && KindMarkers.FromLabel(plain) is null)
            {
                draft.Title = plain;
                return;
            }

            if (HeaderLine.TryApply(draft, plain, apply: false))
            {
                HeaderLine.TryApply(draft, plain);
                return;
            }
        }

        inHead = false;
        draft.AddBody(plain, BlockRole.Heading);
    }

    private static void ReadParagraph(ArticleDraft draft, ParagraphBlock paragraph, string source, bool hasMore, ref bool inHead)
    {
        var plain = MarkdownInlineText.Flatten(paragraph.Inline).Trim();
        if (plain.Length == 0)
        {
            return;
        }

        if (plain.Length < 600 && (MarkdownInlineText.TrailingStrong(paragraph.Inline) is not null || CaptionLabel().IsMatch(plain)))
        {
            draft.AddCaption(ArticleDraft.CollapseSpaces(plain));
            return;
        }

        var lines = SourceLines(paragraph, source);
        if (inHead && TryReadHead(draft, lines, hasMore))
        {
            return;
        }

        // Head lines with no blank line before the body: "Title\nBy Name\nDate\nSEOUL, Feb. 11 (Yonhap) -- ...".
        if (inHead && HeadPrefix(draft, lines) is > 0 and var bodyStart && bodyStart < lines.Count)
        {
            TryReadHead(draft, lines[..bodyStart], hasMore: true);
            inHead = false;
            var rest = string.Join(' ', lines[bodyStart..].Select(PlainLine)).Trim();
            if (rest.Length > 0)
            {
                draft.AddBody(ArticleDraft.CollapseSpaces(rest), BlockRole.Paragraph);
            }

            return;
        }

        if (lines.Count == 1 && HeaderLine.IsLabelledDate(lines[0]))
        {
            HeaderLine.TryApply(draft, lines[0]);
            return;
        }

        inHead = false;
        draft.AddBody(plain, BlockRole.Paragraph);
    }

    // How many leading lines are head lines (an optional title, then at least one byline or date line); 0 if none.
    private static int HeadPrefix(ArticleDraft draft, List<string> lines)
    {
        if (lines.Count < 2)
        {
            return 0;
        }

        var i = draft.Title is null && draft.BodyCount == 0 && !HeaderLine.TryApply(draft, lines[0], apply: false) && HeaderLine.IsTitleLike(lines[0]) ? 1 : 0;
        var head = i;
        while (i < lines.Count && HeaderLine.TryApply(draft, lines[i], apply: false) && lines[i].Trim().Length > 0)
        {
            i++;
        }

        return i > head ? i : 0;
    }

    private static bool TryReadHead(ArticleDraft draft, List<string> lines, bool hasMore)
    {
        // A plain-text headline is a short first line followed by other head lines or a blank line and more text.
        var titleLine = draft.Title is null && draft.BodyCount == 0 && hasMore && !HeaderLine.TryApply(draft, lines[0], apply: false)
            && HeaderLine.IsTitleLike(lines[0]);
        for (var i = titleLine ? 1 : 0; i < lines.Count; i++)
        {
            if (!HeaderLine.TryApply(draft, lines[i], apply: false))
            {
                return false;
            }
        }

        if (titleLine)
        {
            draft.Title = ArticleDraft.CollapseSpaces(lines[0]);
        }

        for (var i = titleLine ? 1 : 0; i < lines.Count; i++)
        {
            HeaderLine.TryApply(draft, lines[i]);
        }

        return true;
    }

    private static bool TryReadUrlFooter(ArticleDraft draft, ParagraphBlock paragraph, Block? next, out bool consumedNext)
    {
        consumedNext = false;
        var plain = MarkdownInlineText.Flatten(paragraph.Inline).Trim();
        var match = UrlLabel().Match(plain);
        if (!match.Success)
        {
            return false;
        }

        var value = match.Groups["url"].Value;
        if (value.Length == 0 && next is ParagraphBlock nextParagraph)
        {
            value = MarkdownInlineText.Flatten(nextParagraph.Inline).Trim();
            consumedNext = UrlText.Clean(value) is not null;
        }

        if (UrlText.Clean(value) is not { } url)
        {
            consumedNext = false;
            return false;
        }

        draft.Url ??= url;
        return true;
    }

    private static List<string> SourceLines(Block block, string source)
    {
        var lines = new List<string>();
        var start = Math.Max(0, block.Span.Start);
        var end = Math.Min(source.Length, block.Span.End + 1);
        foreach (var raw in source.AsSpan(start, Math.Max(0, end - start)).ToString().Split('\n'))
        {
            var plain = PlainLine(raw);
            if (plain.Length > 0)
            {
                lines.Add(plain);
            }
        }

        return lines.Count > 0 ? lines : [string.Empty];
    }

    private static string PlainLine(string line)
    {
        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(line, Pipeline);
        }
        catch (ArgumentException)
        {
            return line.Trim();
        }

        return parsed.Count > 0 && parsed[0] is LeafBlock { Inline: { } inline }
            ? ArticleDraft.CollapseSpaces(MarkdownInlineText.Flatten(inline)).Trim()
            : line.Trim();
    }

    private static string ContainerText(ContainerBlock? container, string source)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        foreach (var child in container.Descendants<LeafBlock>())
        {
            parts.Add(child.Inline is { } inline ? MarkdownInlineText.Flatten(inline) : child.Lines.ToString());
        }

        return string.Join(' ', parts);
    }

    private static string LimitNesting(string text)
    {
        // Markdig recurses per nesting level; a line of thousands of '>' must not reach it.
        return DeepNesting().Replace(text, m => m.Value[..MaxQuoteDepth]);
    }

    [GeneratedRegex("^(?:original\\s+url|source\\s+url|original\\s+link|url|link)\\s*:\\s*(?<url>\\S*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlLabel();

    [GeneratedRegex("^(?:photo|photograph|image|picture|pictured|caption|illustration|video)\\s*(?:credit)?\\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CaptionLabel();

    [GeneratedRegex("^(?:[ \\t]*[>*+-][ \\t]*){17,}", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex DeepNesting();
}
