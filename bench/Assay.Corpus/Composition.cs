namespace Assay.Corpus;

/// <summary>What the composer wrote for one article: the parts every format lays out in its own way.</summary>
/// <param name="Title">Headline.</param>
/// <param name="Byline">Author line without "By".</param>
/// <param name="Paragraphs">Body paragraphs (subheadings included) in order; the article text joins them with blank lines.</param>
/// <param name="Captions">Image captions, set apart from the body.</param>
/// <param name="RelatedLinks">"Read more: …" lines placed among the paragraphs by the formats that carry them.</param>
/// <param name="Disclaimer">Opinion footer, or null.</param>
internal sealed record Composition(
    string Title,
    string Byline,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Captions,
    IReadOnlyList<string> RelatedLinks,
    string? Disclaimer);
