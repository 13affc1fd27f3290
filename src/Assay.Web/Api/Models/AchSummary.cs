using Assay.Workspace.Ach;

namespace Assay.Web.Api.Models;

/// <summary>An ACH matrix as lists show it.</summary>
public sealed record AchSummary(string Name, string? Title, int Hypotheses, int Evidence, int Ratings)
{
    /// <summary>The summary of a matrix in force.</summary>
    public static AchSummary From(AchState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var m = s.Matrix;
        return new(m.Name, m.Title, m.Hypotheses.Count, m.Evidence.Count, m.Ratings.Count);
    }
}
