using Assay.Core.Articles;

namespace Assay.Extraction.Reading;

/// <summary>Recognises the words and lines that say what kind of report an article is.</summary>
internal static class KindMarkers
{
    /// <summary>The kind a label names ("Opinion", "op-ed", "Press release", "analysis"), else null.</summary>
    public static ArticleKind? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var key = label.Trim().Trim(':', '|', '-', '–', '—', '*', '_', '#', ' ', '[', ']').ToLowerInvariant().Replace('_', ' ');
        return key switch
        {
            "opinion" or "opinions" or "commentary" or "op-ed" or "op ed" or "oped" or "editorial" or "column" or "comment" or "viewpoint"
                or "perspective" or "opinionnewsarticle" or "guest essay" => ArticleKind.Opinion,
            "analysis" or "news analysis" or "analysisnewsarticle" or "backgroundnewsarticle" or "explainer" or "report" or "research"
                or "assessment" or "backgrounder" or "policy brief" => ArticleKind.Analysis,
            "statement" or "statements" or "press release" or "press releases" or "news release" or "official statement" or "readout"
                or "readouts" or "communique" or "communiqué" or "press statement" or "transcript" => ArticleKind.Statement,
            "news" or "newsarticle" or "reportagenewsarticle" or "article" or "report news" => ArticleKind.News,
            _ => null,
        };
    }

    /// <summary>The kind a headline announces: "Opinion: …", "ANALYSIS-…", "Statement by …", "Readout of …".</summary>
    public static ArticleKind? FromTitle(string title, out string cleanTitle)
    {
        cleanTitle = title;
        var separator = title.AsSpan().IndexOfAny(":|");
        if (separator is > 0 and < 20 && FromLabel(title[..separator]) is { } labelled and not ArticleKind.News)
        {
            cleanTitle = title[(separator + 1)..].Trim();
            return labelled;
        }

        if (title.StartsWith("ANALYSIS-", StringComparison.Ordinal) || title.StartsWith("ANALYSIS -", StringComparison.Ordinal))
        {
            cleanTitle = title[(title.IndexOf('-', StringComparison.Ordinal) + 1)..].Trim();
            return ArticleKind.Analysis;
        }

        ReadOnlySpan<string> statementOpeners = ["Statement by ", "Statement from ", "Statement of ", "Readout of ", "Readout from ", "Press release", "Joint statement", "Joint Statement"];
        foreach (var opener in statementOpeners)
        {
            if (title.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return ArticleKind.Statement;
            }
        }

        return null;
    }

    /// <summary>True for the italic footer opinion pieces carry ("The views expressed … do not necessarily reflect …").</summary>
    public static bool IsOpinionDisclaimer(string text) =>
        text.Length < 400
        && (text.Contains("views expressed", StringComparison.OrdinalIgnoreCase) || text.Contains("opinions expressed", StringComparison.OrdinalIgnoreCase))
        && (text.Contains("necessarily", StringComparison.OrdinalIgnoreCase)
            || text.Contains("author's own", StringComparison.OrdinalIgnoreCase)
            || text.Contains("author’s own", StringComparison.OrdinalIgnoreCase)
            || text.Contains("those of the author", StringComparison.OrdinalIgnoreCase));
}
