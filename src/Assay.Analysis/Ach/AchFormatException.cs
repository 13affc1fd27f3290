namespace Assay.Analysis.Ach;

/// <summary>A .achz file that cannot be read: not XML, not a zip holding one, or a field that makes no sense.</summary>
public sealed class AchFormatException : Exception
{
    /// <summary>Creates the exception with no detail.</summary>
    public AchFormatException()
    {
    }

    /// <summary>Creates the exception with a message naming the problem.</summary>
    public AchFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error beneath it.</summary>
    public AchFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a line of the XML.</summary>
    public AchFormatException(string message, int line)
        : base(line > 0 ? $"{message} (line {line})" : message) => Line = line;

    /// <summary>Creates the exception for an XML error at a line, with the parser's error beneath it.</summary>
    public AchFormatException(string message, int line, Exception innerException)
        : base(line > 0 ? $"{message} (line {line})" : message, innerException) => Line = line;

    /// <summary>The line of the XML the problem is on, when known (0 otherwise).</summary>
    public int Line { get; }
}
