namespace Assay.Analysis.Reliability;

/// <summary>How one origin stands against another when their words disagree.</summary>
internal enum Standing
{
    /// <summary>Better graded, or, both ungraded, clearly more reliable on the record.</summary>
    Better,

    /// <summary>Worse graded, or clearly less reliable on the record.</summary>
    Worse,

    /// <summary>The same letter, or both ungraded with records close together.</summary>
    Equal,

    /// <summary>One graded and one not: neither stands better.</summary>
    Unknown,
}
