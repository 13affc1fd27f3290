using Assay.Analysis.Estimates;
using Assay.Analysis.Story;
using Assay.Core.Claims;
using Assay.Core.Quantities;
using Assay.Core.Sources;
using static Assay.Analysis.Tests.Story.StoryClaims;

namespace Assay.Analysis.Tests.Estimates;

public sealed class SeriesBuilderTests
{
    [Fact]
    public void Build_RepeatsOfOneFigure_CollapseToOnePointListingEveryOutlet()
    {
        // Given the NIS's 1,500 carried by three outlets on one day
        var picture = StoryBuilder.Build([], [
            Troops(1, "Yonhap", 1500, sourceActor: "south-korea-nis"),
            Troops(2, "Korea JoongAng Daily", 1500, sourceActor: "south-korea-nis"),
            Troops(3, "TASS", 1500, sourceActor: "south-korea-nis", via: ["Yonhap"]),
        ]);

        // When the series is built
        var series = Assert.Single(SeriesBuilder.Build(picture));

        // Then there is one point with three claims and three outlets
        var point = Assert.Single(series.Points);
        Assert.Equal(3, point.Claims.Count);
        Assert.Equal(["Korea JoongAng Daily", "TASS", "Yonhap"], point.Outlets.Order(StringComparer.Ordinal));
        Assert.Equal(1, series.OriginCount);
    }

    [Fact]
    public void Build_RecapOfPublicFigures_IsNotTheOutletsEstimate()
    {
        // Given the NIS's 1,500, and an opinion piece recounting "the public number" of 1,500 and then 3,000
        var picture = StoryBuilder.Build([], [
            Troops(1, "Yonhap", 1500, sourceActor: "south-korea-nis"),
            Troops(2, "Harbour Review", 1500, source: "Harbour Review", type: SourceType.Outlet, stance: Stance.Reported, day: 30, id: "c1", cues: ["recap:public-figure", "quantity:sequence"]),
            Troops(2, "Harbour Review", 3000, source: "Harbour Review", type: SourceType.Outlet, stance: Stance.Reported, day: 30, id: "c2", cues: ["recap:public-figure", "quantity:sequence"]),
        ]);

        // When the series is built
        var series = Assert.Single(SeriesBuilder.Build(picture));

        // Then only the NIS's figure is a point: the recap neither adds the outlet's own figures nor revises anything
        var point = Assert.Single(series.Points);
        Assert.Equal("source:south-korea-nis", point.Point.OriginId);
    }

    [Fact]
    public void Build_OriginRevisesUpward_StepsAreInOrderAndMarked()
    {
        // Given the NIS at 1,500, then about 3,000, then 10,000 to 12,000
        var picture = StoryBuilder.Build([], [
            Troops(1, "Yonhap", 1500, sourceActor: "south-korea-nis"),
            Troops(2, "Yonhap", 3000, sourceActor: "south-korea-nis", day: 5),
            Troops(3, "Yonhap", 10000, 12000, sourceActor: "south-korea-nis", qualifier: QuantityQualifier.Range, day: 33),
        ]);

        // When the series is built
        var series = Assert.Single(SeriesBuilder.Build(picture));

        // Then the points run in date order, the later two marked as upward revisions of the one before
        Assert.Equal([RevisionDirection.First, RevisionDirection.Up, RevisionDirection.Up], series.Points.Select(p => p.Revision));
        Assert.Equal(1500, series.Points[1].Previous!.Low);
        var pool = Assert.Single(series.Pool.Groups);
        Assert.Equal(3, pool.Estimates.Count);
        Assert.Equal(2, pool.Estimates.Count(e => e.Superseded));
    }

    [Fact]
    public void Build_CasualtyCountOfTroops_IsItsOwnSeries()
    {
        // Given troops deployed and troops killed
        var picture = StoryBuilder.Build([], [
            Troops(1, "Yonhap", 11000, sourceActor: "south-korea-nis"),
            Troops(2, "Yonhap", 300, sourceActor: "south-korea-nis", type2: EventType.Casualty, day: 60),
        ]);

        // When the series are built
        var series = SeriesBuilder.Build(picture);

        // Then losses never pool with the force
        Assert.Equal(2, series.Count);
        Assert.Contains(series, s => s.Key == "north-korea troops casualties");
    }

    [Fact]
    public void Build_RefutedFigure_IsListedButNotPooled()
    {
        // Given a figure later shown false, and an independent figure
        var picture = StoryBuilder.Build([], [
            Troops(1, "Kyiv Post", 50, source: "Kyiv Post", type: SourceType.Outlet),
            Troops(2, "Fact Desk", 50, source: "Kyiv Post", type: SourceType.Media, stance: Stance.Refuted, day: 3),
            Troops(3, "Yonhap", 3000, sourceActor: "south-korea-nis", day: 4),
        ]);

        // When the series is built
        var series = Assert.Single(SeriesBuilder.Build(picture));

        // Then the refuted figure is there, excluded, and the pool holds only the other
        var excluded = Assert.Single(series.Points, p => p.Excluded is not null);
        Assert.Equal(50, excluded.Point.Low);
        Assert.Equal(3000, Assert.Single(Assert.Single(series.Pool.Groups).Estimates).Point.Low);
    }

    [Fact]
    public void Build_ProjectionAndIncrement_PoolApartFromAssessments()
    {
        // Given an assessment, a projection and an increment of the same subject
        var picture = StoryBuilder.Build([], [
            Troops(1, "Yonhap", 11000, sourceActor: "south-korea-nis"),
            Troops(2, "Yonhap", 100000, source: "Pentagon", type: SourceType.Military, stance: Stance.Speculated, day: 1),
            Troops(3, "Yonhap", 3000, source: "JCS", type: SourceType.Military, counted: "additional north korean troops", day: 2),
        ]);

        // When the series is built
        var series = SeriesBuilder.Build(picture);

        // Then the statuses are told apart and each pools in its own group
        var statuses = series.SelectMany(s => s.Pool.Groups).Select(g => g.Key.Status).Order().ToList();
        Assert.Equal([EstimateStatus.Assessment, EstimateStatus.Increment, EstimateStatus.Projection], statuses);
    }

    [Fact]
    public void Build_FigureOfADecision_IsAProjectionThoughTheDecisionIsAsserted()
    {
        // Given 1,500 sent so far, and a decision, stated as fact, to send a total of 12,000
        var picture = StoryBuilder.Build([], [
            Troops(1, "Yonhap", 1500, sourceActor: "south-korea-nis"),
            Troops(1, "Yonhap", 12000, sourceActor: "south-korea-nis", id: "c2", cues: ["attrib:verb:said", "projection:decided-to"]),
        ]);

        // When the series is built
        var series = Assert.Single(SeriesBuilder.Build(picture));

        // Then the decided total is a projection beside the assessment, not a revision of it
        var statuses = series.Points.ToDictionary(p => p.Point.Low!.Value, p => p.Point.Status);
        Assert.Equal(EstimateStatus.Assessment, statuses[1500]);
        Assert.Equal(EstimateStatus.Projection, statuses[12000]);
    }

    [Fact]
    public void Matching_SubjectWithPlace_FindsTheSeries()
    {
        // Given a series of troops in Russia
        var series = SeriesBuilder.Build(StoryBuilder.Build([], [Troops(1, "Yonhap", 11000, sourceActor: "south-korea-nis")]));

        // When looked up as the analyst would write it
        // Then it is found, and an unrelated subject is not
        Assert.Single(SeriesBuilder.Matching(series, "north korean troops in russia"));
        Assert.Empty(SeriesBuilder.Matching(series, "shells"));
    }
}
