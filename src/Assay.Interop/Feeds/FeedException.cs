namespace Assay.Interop.Feeds;

/// <summary>A feed that could not be read, with a message naming its URL and, for bad XML, the line and position.</summary>
public sealed class FeedException : Exception
{
    /// <summary>Creates the exception for feed <paramref name="feedUrl"/>; the message is "url: reason".</summary>
    public FeedException(string feedUrl, string reason, int? line = null, int? position = null, Exception? inner = null)
        : base($"{feedUrl}: {reason}", inner)
    {
        FeedUrl = feedUrl;
        Line = line;
        Position = position;
    }

    /// <summary>Creates the exception with no details.</summary>
    public FeedException()
    {
        FeedUrl = string.Empty;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public FeedException(string message)
        : base(message)
    {
        FeedUrl = string.Empty;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public FeedException(string message, Exception innerException)
        : base(message, innerException)
    {
        FeedUrl = string.Empty;
    }

    /// <summary>The feed's URL (or path).</summary>
    public string FeedUrl { get; }

    /// <summary>The line of the XML error, 1-based; null when not about the XML's form.</summary>
    public int? Line { get; }

    /// <summary>The position on that line, 1-based; null when not about the XML's form.</summary>
    public int? Position { get; }
}
