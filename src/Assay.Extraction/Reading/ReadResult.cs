using Assay.Core.Articles;

namespace Assay.Extraction.Reading;

/// <summary>What reading one input gave: an article, or the reason it was skipped.</summary>
/// <param name="Location">The file, with ":line" for a JSON Lines record.</param>
/// <param name="Article">The article, when reading succeeded.</param>
/// <param name="Error">One clear sentence saying why the input was skipped, when it failed.</param>
public sealed record ReadResult(string Location, Article? Article, string? Error)
{
    /// <summary>True when an article was read.</summary>
    public bool Succeeded => Article is not null;

    /// <summary>A successful read.</summary>
    public static ReadResult Ok(string location, Article article) => new(location, article, null);

    /// <summary>A skipped input with its reason.</summary>
    public static ReadResult Fail(string location, string error) => new(location, null, error);
}
