namespace Assay.Corpus;

/// <summary>An invented publisher with its web host and type.</summary>
/// <param name="Name">Outlet name as it appears in bylines and metadata.</param>
/// <param name="Host">Web host its URLs use (an .example domain).</param>
/// <param name="Type">Kind of publisher, which sets the house style.</param>
public sealed record CorpusOutlet(string Name, string Host, OutletType Type);
