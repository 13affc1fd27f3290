using Assay.Core.Quantities;
using Assay.Core.Text;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Claims;

public sealed partial class ClaimAnnotator
{
    /// <summary>Cue of a figure the sentence gives only as where a later one started from ("having started at about
    /// 10,000, now says 11,000", "up from 3,000"), with no date of its own: a figure superseded when it is written,
    /// which the estimate series leaves out as it leaves out other recaps.</summary>
    public const string PriorFigureCue = "recap:prior-figure";

    // The words that make the figure after them the starting point of a change.
    private static readonly string[] PriorFigureOpeners = ["up from", "down from", "started at", "starting at"];

    // How far after the figure a time may start and still date it ("up from 3,000 last month").
    private const int OwnTimeReach = 20;

    // True when the figure follows "up from", "down from", "started at" or "starting at" and no time right after it
    // says when that figure was given.
    private static bool IsPriorFigure(AnnotatedDocument d, TextSpan sentence, Quantity quantity, int? time)
    {
        var before = d.Text.AsSpan(sentence.Start, Math.Max(0, quantity.Span.Start - sentence.Start)).TrimEnd();
        var opens = false;
        foreach (var opener in PriorFigureOpeners)
        {
            if (before.EndsWith(opener, StringComparison.OrdinalIgnoreCase)
                && (before.Length == opener.Length || !char.IsLetter(before[before.Length - opener.Length - 1])))
            {
                opens = true;
                break;
            }
        }

        if (!opens)
        {
            return false;
        }

        if (time is { } t && d.Times[t].Span is var own && own.Start >= quantity.Span.End && own.Start - quantity.Span.End <= OwnTimeReach)
        {
            return d.Text.AsSpan(quantity.Span.End, own.Start - quantity.Span.End).IndexOfAny(',', ';') >= 0;
        }

        return true;
    }
}
