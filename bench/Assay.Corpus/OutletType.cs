namespace Assay.Corpus;

/// <summary>The kind of publisher, which sets an outlet's house style.</summary>
public enum OutletType
{
    /// <summary>A news agency: short, dense attribution, datelines.</summary>
    Wire,

    /// <summary>A national newspaper: longer reports, quotes, columns and live blogs.</summary>
    Broadsheet,

    /// <summary>A regional paper: local angle and re-runs of wire copy.</summary>
    Regional,

    /// <summary>A state-run outlet: the official line, denials.</summary>
    StateMedia,

    /// <summary>A research institute publishing analysis.</summary>
    ThinkTank,

    /// <summary>A fact-checking organisation.</summary>
    FactChecker,

    /// <summary>An independent blog or newsletter.</summary>
    Blog,

    /// <summary>A portal that mostly re-runs agency copy.</summary>
    Aggregator,

    /// <summary>A popular paper: short, loud, few sources.</summary>
    Tabloid,
}
