namespace Assay.Corpus;

/// <summary>Makes the light edits an outlet applies when it re-runs agency copy: a retouched headline, a few words
/// swapped, the last paragraphs cut, a credit line added.</summary>
internal static class CopyEditor
{
    private static readonly (string From, string To)[] Swaps =
    [
        (" said ", " stated "), (" about ", " around "), (" more than ", " over "), (" told reporters ", " told journalists "),
        (" had been ", " were "), (" estimated ", " calculated "),
    ];

    public static Composition Rerun(Dice dice, Composition source, CorpusOutlet agency, CorpusOutlet outlet)
    {
        var paragraphs = new List<string>(source.Paragraphs);
        var words = paragraphs.Sum(ArticleComposer.WordCount);
        var changed = false;
        for (var cut = dice.Next(0, 3); cut > 0 && paragraphs.Count > 2; cut--)
        {
            var last = ArticleComposer.WordCount(paragraphs[^1]);
            if (words - last < ArticleComposer.MinWords + 20)
            {
                break;
            }

            paragraphs.RemoveAt(paragraphs.Count - 1);
            words -= last;
            changed = true;
        }

        for (var edits = dice.Next(1, 4); edits > 0; edits--)
        {
            var at = dice.Next(paragraphs.Count);
            var (from, to) = dice.Pick(Swaps);
            var i = paragraphs[at].IndexOf(from, StringComparison.Ordinal);
            if (i >= 0)
            {
                paragraphs[at] = string.Concat(paragraphs[at].AsSpan(0, i), to, paragraphs[at].AsSpan(i + from.Length));
                changed = true;
            }
        }

        var credit = $"This article was first published by {agency.Name} and is republished by {outlet.Name}.";
        // A re-run that happened to change nothing would be an exact duplicate; the credit line keeps it a re-run.
        if (words + ArticleComposer.WordCount(credit) <= ArticleComposer.MaxWords && (!changed || dice.Chance(0.6)))
        {
            paragraphs.Add(credit);
        }

        var title = dice.Next(4) switch
        {
            0 => source.Title.Replace(" says ", " said ", StringComparison.Ordinal),
            1 => source.Title + ", report says",
            _ => source.Title,
        };
        var byline = outlet.Type == OutletType.Aggregator ? $"{agency.Name} staff" : source.Byline;
        return source with { Title = title, Byline = byline, Paragraphs = paragraphs, RelatedLinks = [], Disclaimer = null };
    }
}
