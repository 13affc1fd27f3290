namespace Assay.Interop.Fetching;

/// <summary>Thrown from the connect step when a host is, or resolves to, an address the fetcher must not reach; the
/// message is the reason shown after the URL.</summary>
internal sealed class AddressRefusedException : Exception
{
    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
