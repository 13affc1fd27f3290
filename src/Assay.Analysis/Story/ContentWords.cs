namespace Assay.Analysis.Story;

/// <summary>The words of a sentence that carry its content: lower case, four letters or more, common function and
/// reporting words left out, a plural "s" dropped.</summary>
internal static class ContentWords
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "has", "had", "were", "been", "would", "will", "could", "said", "says", "told",
        "they", "their", "them", "than", "then", "there", "which", "what", "when", "where", "about", "after", "before", "into",
        "also", "more", "most", "some", "such", "only", "over", "under", "report", "reports", "reported", "according", "since",
        "while", "being", "other", "those", "these", "does", "didn", "wasn", "just", "very", "last", "week", "month", "year",
    };

    public static HashSet<string> Of(string sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var letter = i < sentence.Length && char.IsLetter(sentence[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    var word = sentence[start..i].ToLowerInvariant();
                    if (word.Length > 4 && word[^1] == 's' && word[^2] != 's')
                    {
                        word = word[..^1];
                    }

                    if (!Stop.Contains(word))
                    {
                        words.Add(word);
                    }
                }

                start = -1;
            }
        }

        return words;
    }
}
