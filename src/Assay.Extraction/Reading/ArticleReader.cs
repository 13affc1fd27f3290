using System.Text;

namespace Assay.Extraction.Reading;

/// <summary>Reads any supported file (txt, md, html, json, jsonl) into articles, choosing the reader by
/// extension and content.</summary>
/// <remarks>Bad input never throws: each problem becomes one <see cref="ReadResult.Fail"/> whose message names the
/// file (and the line, for JSON Lines). <see cref="MaxBytes"/> bounds a whole file, except for JSON Lines, which is
/// streamed and where it bounds each line (record) instead; <see cref="MaxArticleCharacters"/> bounds one article's
/// text, whatever held it.</remarks>
public sealed class ArticleReader
{
    /// <summary>The reader with default limits.</summary>
    public static ArticleReader Default { get; } = new();

    /// <summary>Files larger than this are skipped with a message (for JSON Lines: lines larger than this).</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Articles whose text is longer than this are skipped with a message.</summary>
    /// <remarks>An article is extracted whole, in memory, at about 90 bytes of working memory per character: a million
    /// characters (some 160,000 words, longer than any report, live blog or transcript a newsroom files as one piece)
    /// takes about 90 MB on one ingest thread. A longer text is a book, a dump or several articles in one file, and read
    /// as one article it would take a gigabyte or more.</remarks>
    public int MaxArticleCharacters { get; init; } = 1_000_000;

    /// <summary>Reads one file; JSON Lines files yield one result per line. Never throws for bad content.</summary>
    public IEnumerable<ReadResult> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        var format = FormatSniffer.FromName(extension);
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return [ReadResult.Fail(path, $"{path}: the file does not exist")];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return [ReadResult.Fail(path, $"{path}: cannot be opened ({ex.Message})")];
        }

        if (format == InputFormat.JsonLines)
        {
            return ReadJsonLinesFile(path);
        }

        if (info.Length > MaxBytes)
        {
            return [ReadResult.Fail(path, $"{path}: the file is {info.Length:N0} bytes, over the limit of {MaxBytes:N0} bytes; it was not read")];
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"{path}: cannot be read ({ex.Message})")];
        }

        var decoded = TextDecoder.Decode(bytes);
        return decoded.Text is null
            ? [ReadResult.Fail(path, $"{path}: {decoded.Error}")]
            : Dispatch(decoded.Text, path, format, extension);
    }

    /// <summary>Reads articles from text already in memory (tests, feeds); <paramref name="format"/> is an extension or
    /// format name ("md", ".html", "jsonl"), or null to recognise the content. Never throws for bad content.</summary>
    public IEnumerable<ReadResult> ReadText(string content, string location, string? format = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(location);
        var byteCount = Encoding.UTF8.GetByteCount(content);
        var known = FormatSniffer.FromName(format);
        if (byteCount > MaxBytes && known != InputFormat.JsonLines)
        {
            return [ReadResult.Fail(location, $"{location}: the input is {byteCount:N0} bytes, over the limit of {MaxBytes:N0} bytes; it was not read")];
        }

        var checkedText = TextDecoder.Check(content);
        return checkedText.Text is null
            ? [ReadResult.Fail(location, $"{location}: {checkedText.Error}")]
            : Dispatch(checkedText.Text, location, known, format);
    }

    private IEnumerable<ReadResult> Dispatch(string text, string location, InputFormat? format, string? formatName) =>
        Read(text, location, format, formatName).Select(Bounded);

    // An article over the length limit becomes a failure naming where it came from.
    private ReadResult Bounded(ReadResult result) =>
        result.Article is { } article && article.Text.Length > MaxArticleCharacters
            ? ReadResult.Fail(result.Location, $"{result.Location}: the article is {article.Text.Length:N0} characters long, over the limit of {MaxArticleCharacters:N0} for one article; split it into articles (a JSON Lines file takes one a line)")
            : result;

    private IEnumerable<ReadResult> Read(string text, string location, InputFormat? format, string? formatName)
    {
        format ??= FormatSniffer.FromContent(text);
        switch (format)
        {
            case InputFormat.Text:
                return [Guard(() => PlainTextReader.Read(text, location), location)];
            case InputFormat.Html:
                return [Guard(() => HtmlReader.Read(text, location), location)];
            case InputFormat.Json:
                return GuardMany(() => JsonArticleReader.ReadDocument(text, location), location);
            case InputFormat.JsonLines:
                return ReadJsonLines(text, location);
            default:
                var what = string.IsNullOrEmpty(formatName) ? "it has no known extension" : $"'{formatName}' is not a supported file type";
                return [ReadResult.Fail(location, $"{location}: {what} and its content is not recognisable as text, Markdown, HTML or JSON")];
        }
    }

    private IEnumerable<ReadResult> ReadJsonLines(string text, string location)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var lineLocation = $"{location}:{lineNumber}";
            yield return Encoding.UTF8.GetByteCount(line) > MaxBytes
                ? ReadResult.Fail(lineLocation, $"{lineLocation}: the line is over the limit of {MaxBytes:N0} bytes; it was not read")
                : Guard(() => JsonArticleReader.ReadLine(line, lineLocation), lineLocation);
        }
    }

    private IEnumerable<ReadResult> ReadJsonLinesFile(string path)
    {
        Stream? stream = null;
        string? openError = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            openError = ex.Message;
        }

        if (stream is null)
        {
            yield return ReadResult.Fail(path, $"{path}: cannot be read ({openError})");
            yield break;
        }

        using var lines = new ByteLineReader(stream, MaxBytes);
        using (stream)
        {
            var any = false;
            string? readError = null;
            while (true)
            {
                if (!NextLine(lines, path, out var bytes, out var tooLong, out var error))
                {
                    readError = error;
                    break;
                }

                var location = $"{path}:{lines.LineNumber}";
                if (tooLong)
                {
                    any = true;
                    yield return ReadResult.Fail(location, $"{location}: the line is over the limit of {MaxBytes:N0} bytes; it was not read");
                    continue;
                }

                if (bytes.Span.IndexOfAnyExcept(TextDecoder.WhitespaceBytes) < 0)
                {
                    continue;
                }

                any = true;
                var decoded = TextDecoder.Decode(bytes.Span);
                yield return decoded.Text is null
                    ? ReadResult.Fail(location, $"{location}: {decoded.Error}")
                    : Bounded(Guard(() => JsonArticleReader.ReadLine(decoded.Text, location), location));
            }

            if (readError is not null)
            {
                yield return ReadResult.Fail(path, $"{path}: reading stopped at line {lines.LineNumber + 1} ({readError})");
            }
            else if (!any)
            {
                yield return ReadResult.Fail(path, $"{path}: the file is empty");
            }
        }

        static bool NextLine(ByteLineReader reader, string path, out ReadOnlyMemory<byte> bytes, out bool tooLong, out string? error)
        {
            error = null;
            try
            {
                return reader.TryReadLine(out bytes, out tooLong);
            }
            catch (IOException ex)
            {
                bytes = default;
                tooLong = false;
                error = $"{ex.Message} in {path}";
                return false;
            }
        }
    }

    private static ReadResult Guard(Func<ReadResult> read, string location)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException or OperationCanceledException))
        {
            // A reader bug on odd input must cost one file, not the whole batch.
            return ReadResult.Fail(location, $"{location}: could not be read ({ex.GetType().Name}: {ex.Message})");
        }
    }

    private static List<ReadResult> GuardMany(Func<IEnumerable<ReadResult>> read, string location)
    {
        try
        {
            return read().ToList();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or StackOverflowException or OperationCanceledException))
        {
            return [ReadResult.Fail(location, $"{location}: could not be read ({ex.GetType().Name}: {ex.Message})")];
        }
    }
}
