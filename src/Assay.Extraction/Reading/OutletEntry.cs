using Assay.Core.Articles;

namespace Assay.Extraction.Reading;

/// <summary>An outlet found for a web host.</summary>
/// <param name="Name">Outlet name, or the bare host when it is not in the lexicon.</param>
/// <param name="KindHint">The kind this outlet's pages usually are (think tanks: analysis; governments: statement).</param>
/// <param name="Known">True when the host was in the lexicon.</param>
internal sealed record OutletEntry(string Name, ArticleKind? KindHint, bool Known);
