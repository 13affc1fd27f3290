using System.Text;
using Assay.Core.Claims;
using Assay.Core.Text;
using Spectre.Console;

namespace Assay.Cli.Rendering;

/// <summary>Turns an article's text into Spectre markup with its extracted spans coloured, so a reader sees which
/// words every item came from.</summary>
/// <remarks>Where spans overlap, quantities win over times and times over mentions. Claim sources and attribution
/// cues found inside a claim's evidence are bold.</remarks>
internal static class ArticleHighlighter
{
    public const string MentionStyle = "aqua";
    public const string QuantityStyle = "yellow";
    public const string TimeStyle = "green";

    private enum Kind : byte
    {
        None,
        Mention,
        Time,
        Quantity,
    }

    /// <summary>The legend line explaining the colours.</summary>
    public static string Legend =>
        $"[{MentionStyle}]actor mention[/]  [{QuantityStyle}]quantity[/]  [{TimeStyle}]time[/]  [bold]source / attribution cue[/]";

    /// <summary>The whole text as markup, every character escaped.</summary>
    public static string ToMarkup(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var text = extraction.Article.Text;
        var kinds = new Kind[text.Length];
        var bold = new bool[text.Length];
        foreach (var m in extraction.Mentions)
        {
            Paint(kinds, m.Span, Kind.Mention);
        }

        foreach (var t in extraction.Times)
        {
            Paint(kinds, t.Span, Kind.Time);
        }

        foreach (var q in extraction.Quantities)
        {
            Paint(kinds, q.Span, Kind.Quantity);
        }

        foreach (var c in extraction.Claims)
        {
            foreach (var phrase in BoldPhrases(c))
            {
                MarkBold(text, bold, c.Span, phrase);
            }
        }

        var markup = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var j = i + 1;
            while (j < text.Length && kinds[j] == kinds[i] && bold[j] == bold[i])
            {
                j++;
            }

            var run = Markup.Escape(text[i..j]);
            var style = (kinds[i] switch
            {
                Kind.Mention => MentionStyle,
                Kind.Time => TimeStyle,
                Kind.Quantity => QuantityStyle,
                _ => string.Empty,
            } + (bold[i] ? " bold" : string.Empty)).Trim();
            markup.Append(style.Length == 0 ? run : $"[{style}]{run}[/]");
            i = j;
        }

        return markup.ToString();
    }

    /// <summary>Words to embolden inside a claim: its source, its intermediaries and its attribution cues
    /// ("attrib:according-to" gives "according to").</summary>
    internal static IEnumerable<string> BoldPhrases(Claim claim)
    {
        yield return claim.Source;
        foreach (var via in claim.Via)
        {
            yield return via;
        }

        foreach (var cue in claim.Cues)
        {
            if (cue.StartsWith("attrib", StringComparison.OrdinalIgnoreCase) && cue.LastIndexOf(':') is var colon and >= 0)
            {
                yield return cue[(colon + 1)..].Replace('-', ' ');
            }
        }
    }

    private static void Paint(Kind[] kinds, TextSpan span, Kind kind)
    {
        for (var k = span.Start; k < Math.Min(span.End, kinds.Length); k++)
        {
            if (kinds[k] < kind)
            {
                kinds[k] = kind;
            }
        }
    }

    private static void MarkBold(string text, bool[] bold, TextSpan within, string phrase)
    {
        if (phrase.Trim().Length < 2 || within.End > text.Length)
        {
            return;
        }

        var start = within.Start;
        while (start < within.End)
        {
            var at = text.IndexOf(phrase, start, within.End - start, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return;
            }

            Array.Fill(bold, true, at, phrase.Length);
            start = at + phrase.Length;
        }
    }
}
