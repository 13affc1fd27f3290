namespace Assay.Storage;

/// <summary>A store could not be opened or used: not a database, a schema newer than this build, or a
/// database error. The message names the store's location and reads as one line.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates an exception with no details.</summary>
    public StoreException()
    {
        Location = string.Empty;
    }

    /// <summary>Creates an exception with a message.</summary>
    public StoreException(string message)
        : base(message)
    {
        Location = string.Empty;
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
        Location = string.Empty;
    }

    /// <summary>Creates an exception about the store at <paramref name="location"/>.</summary>
    public StoreException(string location, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Location = location;
    }

    /// <summary>The store's file path or connection description.</summary>
    public string Location { get; }
}
