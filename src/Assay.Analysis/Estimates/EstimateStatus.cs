namespace Assay.Analysis.Estimates;

/// <summary>What kind of figure an estimate is; only figures of the same status are pooled together.</summary>
public enum EstimateStatus
{
    /// <summary>A count of things observed or recorded ("1,500 troops were shipped").</summary>
    ObservedCount,

    /// <summary>A judgement of the present state ("an estimated 11,000 are in Russia").</summary>
    Assessment,

    /// <summary>An addition to an earlier figure ("a further 1,000", "3,000 additional troops"), not a total.</summary>
    Increment,

    /// <summary>A statement about the future ("up to 100,000 could be sent").</summary>
    Projection,
}
