using Assay.Analysis.Estimates;

namespace Assay.Cli.Charts;

internal static class EstimateChart
{
    public static void Save(SubjectSeries series, string path) => throw new NotSupportedException("placeholder until the chart lands");
}
