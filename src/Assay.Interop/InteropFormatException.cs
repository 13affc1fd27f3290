namespace Assay.Interop;

/// <summary>An input file that is not what an importer reads: malformed JSON, a document of the wrong kind, invalid
/// UTF-8, too large or too deeply nested. The message names the file and the line or JSON path.</summary>
public sealed class InteropFormatException : Exception
{
    /// <summary>Creates the exception with a message naming the file and where in it the problem is.</summary>
    public InteropFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the parser's own exception.</summary>
    public InteropFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InteropFormatException()
        : base("The input is not in a format Assay can import.")
    {
    }
}
