using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Assay.Analysis.Story;

/// <summary>Names one claim in a store: the article id and the claim's id within it, written "12/c3".</summary>
public readonly record struct ClaimRef(long ArticleId, string ClaimId) : IComparable<ClaimRef>
{
    /// <summary>Parses "12/c3"; false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ClaimRef? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1
            || !long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var article))
        {
            return false;
        }

        value = new ClaimRef(article, text[(slash + 1)..].Trim());
        return true;
    }

    /// <summary>Article order, then claim order within the article ("c2" before "c10").</summary>
    public int CompareTo(ClaimRef other)
    {
        var byArticle = ArticleId.CompareTo(other.ArticleId);
        return byArticle != 0 ? byArticle : Ordinal(ClaimId).CompareTo(Ordinal(other.ClaimId));
    }

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(ClaimRef left, ClaimRef right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(ClaimRef left, ClaimRef right) => left.CompareTo(right) > 0;

    /// <summary>True unless <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator <=(ClaimRef left, ClaimRef right) => left.CompareTo(right) <= 0;

    /// <summary>True unless <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator >=(ClaimRef left, ClaimRef right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ArticleId}/{ClaimId}");

    private static int Ordinal(string claimId) =>
        claimId.Length > 1 && int.TryParse(claimId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
