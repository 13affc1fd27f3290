using System.Globalization;
using System.Reflection;
using Assay.Core.Claims;

namespace Assay.Extraction.Tests.Annotators;

/// <summary>Every hedge's certainty lies in the ICD 203 band its row names.</summary>
public sealed class HedgeBandTests
{
    [Fact]
    public void HedgeLexicon_Certainty_FallsInTheNamedBand()
    {
        // Given the embedded hedges.tsv
        var assembly = typeof(Assay.Extraction.Pipeline.ExtractionPipeline).Assembly;
        using var stream = assembly.GetManifestResourceStream("Assay.Extraction.Lexicons.hedges.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // When a row carries a certainty
            var f = line.Split('\t');
            Assert.True(f.Length >= 5, $"hedges.tsv row '{line}' has no band column");
            if (f[1] == "-")
            {
                Assert.Equal("-", f[4]);
                continue;
            }

            // Then its band exists and contains it
            var band = EstimativeLanguage.Find(f[4]);
            Assert.NotNull(band);
            Assert.True(band.Contains(double.Parse(f[1], CultureInfo.InvariantCulture)), $"{f[0]}: {f[1]} is not in {f[4]}");
            rows++;
        }

        Assert.True(rows > 30);
    }
}
