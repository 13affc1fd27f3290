namespace Assay.Analysis.Story;

/// <summary>Choosing one way to write a thing from the ways claims write it.</summary>
internal static class Spelling
{
    /// <summary>The spelling used most often; ties go to the first in ordinal order, so the same spellings always give
    /// the same answer, whatever their order.</summary>
    public static string MostUsed(IEnumerable<string> spellings) =>
        spellings.GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
