using Assay.Core.Claims;
using Assay.Core.Text;

namespace Assay.Web.Pages.Support;

/// <summary>Cuts an article's text into blocks (claim evidence or not) of runs (mention, time, quantity or plain) by the
/// extraction's character offsets, for the reader to render; the page encodes every run.</summary>
/// <remarks>Where spans overlap, quantities win over times and times over mentions; where claims overlap, the earlier
/// claim keeps the characters.</remarks>
public static class ArticleMarkup
{
    private enum Kind : byte
    {
        None,
        Mention,
        Time,
        Quantity,
    }

    /// <summary>The whole text as blocks of runs.</summary>
    public static IReadOnlyList<TextBlock> Blocks(ArticleExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var text = extraction.Article.Text;
        var kinds = new Kind[text.Length];
        var owner = new int[text.Length];
        var claimOf = new int[text.Length];
        Array.Fill(owner, -1);
        Array.Fill(claimOf, -1);
        for (var i = 0; i < extraction.Mentions.Count; i++)
        {
            Paint(kinds, owner, extraction.Mentions[i].Span, Kind.Mention, i);
        }

        for (var i = 0; i < extraction.Times.Count; i++)
        {
            Paint(kinds, owner, extraction.Times[i].Span, Kind.Time, i);
        }

        for (var i = 0; i < extraction.Quantities.Count; i++)
        {
            Paint(kinds, owner, extraction.Quantities[i].Span, Kind.Quantity, i);
        }

        for (var c = extraction.Claims.Count - 1; c >= 0; c--)
        {
            var span = extraction.Claims[c].Span;
            for (var k = Math.Max(0, span.Start); k < Math.Min(span.End, text.Length); k++)
            {
                claimOf[k] = c;
            }
        }

        var blocks = new List<TextBlock>();
        var runs = new List<TextRun>();
        var i0 = 0;
        while (i0 < text.Length)
        {
            var j = i0 + 1;
            while (j < text.Length && kinds[j] == kinds[i0] && owner[j] == owner[i0] && claimOf[j] == claimOf[i0])
            {
                j++;
            }

            runs.Add(Run(extraction, text[i0..j], kinds[i0], owner[i0]));
            if (j == text.Length || claimOf[j] != claimOf[i0])
            {
                var claim = claimOf[i0] >= 0 ? extraction.Claims[claimOf[i0]] : null;
                blocks.Add(new TextBlock(claim?.Id, [.. runs], claim is not null && j >= Math.Min(claim.Span.End, text.Length)));
                runs.Clear();
            }

            i0 = j;
        }

        return blocks;
    }

    private static TextRun Run(ArticleExtraction extraction, string text, Kind kind, int index) => kind switch
    {
        Kind.Mention => new TextRun(text, "mention", null, extraction.Mentions[index].ActorName),
        Kind.Time => new TextRun(text, "time", null, extraction.Times[index].Value),
        Kind.Quantity => new TextRun(text, "quantity", index, Display.Quantity(extraction.Quantities[index])),
        _ => new TextRun(text, string.Empty, null, null),
    };

    private static void Paint(Kind[] kinds, int[] owner, TextSpan span, Kind kind, int index)
    {
        for (var k = Math.Max(0, span.Start); k < Math.Min(span.End, kinds.Length); k++)
        {
            if (kinds[k] <= kind)
            {
                kinds[k] = kind;
                owner[k] = index;
            }
        }
    }
}
