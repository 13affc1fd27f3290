using Assay.Core.Claims;
using Assay.Extraction.Evaluation;

namespace Assay.Extraction.Tests.Evaluation;

public sealed class FieldComparisonTests
{
    [Theory]
    [InlineData("troops", "troop", true)]
    [InlineData("artillery shells", "shells", true)]
    [InlineData("casualties", "casualty", true)]
    [InlineData("north korean soldiers", "Soldiers ", true)]
    [InlineData("soldiers killed", "killed", true)]
    [InlineData("missiles", "drones", false)]
    [InlineData("troops", "", false)]
    public void SameCounted_HeadNouns_CompareAfterSingularising(string gold, string predicted, bool expected) =>
        // Given two counted phrases, When compared, Then equality follows the head noun rule
        Assert.Equal(expected, FieldComparison.SameCounted(gold, predicted));

    [Theory]
    [InlineData("2024-W42", "2024-10-14", true)]
    [InlineData("2024-W42", "2024-10-20", true)]
    [InlineData("2024-W42", "2024-10-21", false)]
    [InlineData("2025-W01", "2024-12-30", true)]
    [InlineData("2024-10", "2024-10-03", false)]
    [InlineData("2024-10", "2024-10", true)]
    public void SameTime_WeeksAndExactValues_Compare(string gold, string predicted, bool expected) =>
        // Given a gold and a predicted time, When compared, Then only equal strings or a day in the gold week agree
        Assert.Equal(expected, FieldComparison.SameTime(gold, predicted));

    [Fact]
    public void SameEnum_GoldNone_EqualsEventTypeNone()
    {
        // Given the gold event "none", When compared with EventType.None and Deploy, Then only None agrees
        Assert.True(FieldComparison.SameEnum("none", EventType.None));
        Assert.False(FieldComparison.SameEnum("none", EventType.Deploy));
    }
}
