namespace Assay.Interop.Misp;

/// <summary>One MISP attribute before it is written.</summary>
/// <param name="Key">Its name within the event, hashed into its uuid ("article:12:link", "proposition:p12.c3").</param>
/// <param name="Type">MISP attribute type ("link", "text").</param>
/// <param name="Category">MISP category ("External analysis", "Other").</param>
/// <param name="Value">The value.</param>
/// <param name="Comment">What it is and where it comes from, for the analyst reading the event.</param>
/// <param name="Tags">Machinetags, in the order written.</param>
internal sealed record MispAttribute(string Key, string Type, string Category, string Value, string Comment, IReadOnlyList<string> Tags);
