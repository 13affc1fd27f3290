using Assay.Analysis.Story;

namespace Assay.Interop.Misp;

/// <summary>One MISP event's worth of the picture: the propositions about one subject.</summary>
/// <remarks>A story is the set of propositions sharing a normalised <see cref="Subject.Key"/> ("north-korea troops"),
/// whatever their event type, place or date: the key already folds the wordings of one counted subject together, and
/// a MISP user follows a subject (the troops, the shells) across deployments, casualties and denials. Propositions
/// with no subject key go to one last story, so every proposition is exported exactly once.</remarks>
/// <param name="Key">The subject key; empty for the story of propositions without a subject.</param>
/// <param name="Info">The event's title.</param>
/// <param name="Propositions">Its propositions, in the picture's order (strongest first).</param>
internal sealed record MispStory(string Key, string Info, IReadOnlyList<Proposition> Propositions)
{
    /// <summary>The title of the story of propositions without a subject.</summary>
    public const string UnnamedInfo = "Assay: propositions without a named subject";

    /// <summary>The picture's stories, in the order of their strongest proposition; the unnamed story last.</summary>
    public static IReadOnlyList<MispStory> Of(StoryPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var stories = new List<MispStory>();
        MispStory? unnamed = null;
        foreach (var group in picture.Propositions.GroupBy(p => p.Subject.Key, StringComparer.Ordinal))
        {
            List<Proposition> members = [.. group];
            if (group.Key.Length == 0)
            {
                unnamed = new MispStory("", UnnamedInfo, members);
            }
            else
            {
                // The strongest proposition's wording names the story ("north korean troops"); the key is for machines.
                stories.Add(new MispStory(group.Key, "Assay: " + members[0].Subject.Label, members));
            }
        }

        if (unnamed is not null)
        {
            stories.Add(unnamed);
        }

        return stories;
    }
}
