using Assay.Analysis.Story;
using Assay.Core.Text;
using Assay.Core.Time;
using Assay.Extraction.Annotators.Claims;
using static Assay.Analysis.Tests.Story.StoryClaims;

namespace Assay.Analysis.Tests.Story;

public sealed class AsOfTests
{
    private static readonly TimeRef December = new(new TextSpan(0, 11), "in December", "2024-12", TimeGranularity.Month, TimeRelation.At, "month");

    [Fact]
    public void DateOf_MonthTheFigureIsAt_DatesIt()
    {
        // Given a figure "in December", reported later
        var claim = Troops(1, "Yonhap", 4700, day: 160) with { Time = December };

        // When its date is read
        // Then it is the month's first day
        Assert.Equal(new DateOnly(2024, 12, 1), StoryItem.DateOf(claim));
    }

    [Fact]
    public void DateOf_MonthInsideASinceClause_IsTheReportsDate()
    {
        // Given "about 4,700 since the troops entered combat in December", reported in March
        var claim = Troops(1, "Yonhap", 4700, day: 160, cues: [ClaimAnnotator.SinceClauseCue]) with { Time = December };

        // When its date is read
        // Then December dates the start of the count, and the figure stands as of the report
        Assert.Equal(Day0.AddDays(160), StoryItem.DateOf(claim));
    }
}
