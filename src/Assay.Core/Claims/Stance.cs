namespace Assay.Core.Claims;

/// <summary>How the source holds the statement.</summary>
public enum Stance
{
    /// <summary>Stated as fact by the source.</summary>
    Asserted,

    /// <summary>Passed on from others ("reports indicate", "reportedly").</summary>
    Reported,

    /// <summary>Offered as a possibility or guess ("speculation", "may", "floated the idea").</summary>
    Speculated,

    /// <summary>Confirmed by the source.</summary>
    Confirmed,

    /// <summary>Denied by the source.</summary>
    Denied,

    /// <summary>Shown to be false ("did not stand up to scrutiny", "debunked").</summary>
    Refuted,
}
