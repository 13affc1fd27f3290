using Assay.Analysis.Ach;

namespace Assay.Workspace.Ach;

/// <summary>One matrix as the history builds it, with the numbers its next hypothesis and item will get.</summary>
/// <param name="Matrix">The matrix made of the decisions in force.</param>
/// <param name="Root">The <c>ach-new</c> or <c>ach-import</c> decision it hangs on.</param>
/// <param name="HypothesesNumbered">Hypothesis numbers given so far, undone ones included, so ids never move.</param>
/// <param name="EvidenceNumbered">Evidence numbers given so far, undone ones included.</param>
public sealed record AchState(AchMatrix Matrix, long Root, int HypothesesNumbered, int EvidenceNumbered)
{
    /// <summary>The id the next hypothesis gets ("H4").</summary>
    public string NextHypothesisId => "H" + (HypothesesNumbered + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The id the next evidence item gets ("E7").</summary>
    public string NextEvidenceId => "E" + (EvidenceNumbered + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
