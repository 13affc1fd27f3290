using System.Globalization;
using Assay.Cli.Commands;
using Assay.Extraction.Evaluation;
using Assay.Workspace;

namespace Assay.Cli.Rendering;

/// <summary>One plain line per miss, false hit or wrong pair: where, what, and expected against got per field.</summary>
internal static class EvalFindingList
{
    /// <summary>"troops/x.md:812  miss  "about 3,000"  quantity: expected 3000, got -".</summary>
    public static string Line(EvaluationFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var where = finding.Offset is { } offset ? $"{finding.Article}:{offset.ToString(CultureInfo.InvariantCulture)}" : $"{finding.Article}:(text not in body)";
        var kind = finding.Kind switch
        {
            FindingKind.Miss => "miss",
            FindingKind.FalseHit => "false hit",
            _ => "wrong",
        };
        var fields = string.Join("; ", finding.Differences.Select(d => $"{EnumNames.Of(d.Field)}: expected {d.Expected ?? "-"}, got {d.Got ?? "-"}"));
        return $"{where}  {kind}  \"{Formats.Truncate(finding.Text, 40)}\"  {fields}";
    }
}
