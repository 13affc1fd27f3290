namespace Assay.Interop.Fetching;

/// <summary>A fetch that failed, with one message naming the URL and why ("http://…/feed: timed out after 30 s").</summary>
public sealed class FetchException : Exception
{
    /// <summary>Creates the exception for <paramref name="url"/>; the message is "url: reason".</summary>
    public FetchException(Uri url, string reason, Exception? inner = null)
        : base($"{url?.OriginalString}: {reason}", inner)
    {
        ArgumentNullException.ThrowIfNull(url);
        Url = url;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public FetchException()
    {
        Url = new Uri("about:blank");
        Reason = Message;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public FetchException(string message)
        : base(message)
    {
        Url = new Uri("about:blank");
        Reason = message;
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public FetchException(string message, Exception innerException)
        : base(message, innerException)
    {
        Url = new Uri("about:blank");
        Reason = message;
    }

    /// <summary>The URL that failed (the one asked for, or the redirect hop that failed).</summary>
    public Uri Url { get; }

    /// <summary>Why, without the URL.</summary>
    public string Reason { get; }
}
