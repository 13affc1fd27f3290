namespace Assay.Core.Claims;

/// <summary>One level of confidence in an analytic judgment (low, moderate, high): how firm the ground under a judgment
/// is, stated apart from how likely the judgment is.</summary>
/// <param name="Value">The taxonomy's machine value ("moderate").</param>
/// <param name="Name">The level as written ("Moderate").</param>
/// <param name="NumericValue">The taxonomy's numerical value (0, 55, 95).</param>
/// <param name="Description">What the level means, in Assay's words.</param>
public sealed record ConfidenceLevel(string Value, string Name, int NumericValue, string Description)
{
    /// <summary>The level in running text: "moderate".</summary>
    public string Word => Value;
}
