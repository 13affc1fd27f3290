using System.Globalization;
using System.Text.RegularExpressions;

namespace Assay.Interop.Stix;

/// <summary>Origin ids that name an article ("article:12", "eyewitness:residents@article:12") written with the
/// article's content hash instead of its row id, and back: a grade then finds its origin in any store.</summary>
internal static partial class StixOriginIds
{
    private const string HashPrefix = "article-hash:";

    /// <summary>The id with every "article:N" replaced by "article-hash:HASH" where the hash of N is known.</summary>
    public static string ToPortable(string originId, IReadOnlyDictionary<long, string> hashById) =>
        RowId().Replace(originId, m =>
            long.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && hashById.TryGetValue(id, out var hash)
                ? HashPrefix + hash
                : m.Value);

    /// <summary>The id with every "article-hash:HASH" replaced by "article:N" for the article stored with that hash;
    /// null when one of the hashes is not stored.</summary>
    public static string? FromPortable(string originId, Func<string, long?> idOfHash)
    {
        var missing = false;
        var local = ContentHash().Replace(originId, m =>
        {
            if (idOfHash(m.Groups[1].Value) is { } id)
            {
                return "article:" + id.ToString(CultureInfo.InvariantCulture);
            }

            missing = true;
            return m.Value;
        });
        return missing ? null : local;
    }

    /// <summary>The content hashes an origin id names.</summary>
    public static IEnumerable<string> Hashes(string originId) => ContentHash().Matches(originId).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"(?<![\w-])article:(\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RowId();

    [GeneratedRegex(@"article-hash:([0-9a-f]{64})", RegexOptions.CultureInvariant)]
    private static partial Regex ContentHash();
}
