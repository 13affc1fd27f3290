namespace Assay.Core.Time;

/// <summary>How the statement relates to the resolved time.</summary>
public enum TimeRelation
{
    /// <summary>At that time ("in June 2024", "on Monday").</summary>
    At,

    /// <summary>From that time on ("since 2022", "going back to at least 2022").</summary>
    Since,

    /// <summary>Up to that time ("by December", "until 2025").</summary>
    By,
}
