using Assay.Analysis.Story;
using Assay.Cli.Infrastructure;

namespace Assay.Cli.Story;

/// <summary>Turns what the analyst typed (a proposition id or a claim reference) into a claim reference.</summary>
internal static class ClaimResolver
{
    /// <summary>The claim named, or the earliest claim of the proposition named; null (with an error) when neither exists.</summary>
    public static ClaimRef? Resolve(StoryPicture picture, string text, ErrorConsole errors)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(errors);
        var proposition = picture.Find(text);
        if (proposition is null)
        {
            errors.Error($"no proposition or grouped claim '{text}': give an id from 'assay story' (\"p6.c4\") or a claim reference (\"6/c4\")");
            return null;
        }

        return ClaimRef.TryParse(text, out var claim) ? claim.Value : proposition.Claims[0].Claim.Ref;
    }
}
