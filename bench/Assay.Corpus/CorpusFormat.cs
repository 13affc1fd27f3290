namespace Assay.Corpus;

/// <summary>The file format an article is written in.</summary>
public enum CorpusFormat
{
    /// <summary>One record in a JSON Lines feed dump of 500 articles.</summary>
    JsonLines,

    /// <summary>A full web page.</summary>
    Html,

    /// <summary>Plain text with a head of title, byline, date and publisher lines.</summary>
    Text,

    /// <summary>Markdown with a heading for the title.</summary>
    Markdown,

    /// <summary>One JSON object in its own file.</summary>
    Json,
}
