namespace Assay.Extraction.Annotators.Times;

/// <summary>The calendar unit a relative expression counts in.</summary>
internal enum TimeUnit
{
    /// <summary>Days ("yesterday").</summary>
    Day,

    /// <summary>ISO weeks, resolved to their Monday ("last week").</summary>
    Week,

    /// <summary>Months ("last month").</summary>
    Month,

    /// <summary>Years ("next year").</summary>
    Year,

    /// <summary>The last month of a year ("the end of the year" is its December).</summary>
    YearEnd,
}
