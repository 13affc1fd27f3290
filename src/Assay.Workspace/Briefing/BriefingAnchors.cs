using System.Text;
using Assay.Analysis.Story;

namespace Assay.Workspace.Briefing;

/// <summary>Names shared by the briefing writers: claim anchors and file-safe subject slugs.</summary>
public static class BriefingAnchors
{
    /// <summary>"claim-20-c5" for 20/c5; only letters, digits and hyphens, so it is safe in any attribute.</summary>
    public static string Claim(ClaimRef claim) => "claim-" + claim.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Safe(claim.ClaimId);

    /// <summary>"north-korea-troops": a subject key as a file-name part.</summary>
    public static string Slug(string text)
    {
        var slug = Safe(text.ToLowerInvariant()).Trim('-');
        return slug.Length == 0 ? "subject" : slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    private static string Safe(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var keep = char.IsAsciiLetterOrDigit(c);
            if (keep || (sb.Length > 0 && sb[^1] != '-'))
            {
                sb.Append(keep ? c : '-');
            }
        }

        return sb.ToString();
    }
}
