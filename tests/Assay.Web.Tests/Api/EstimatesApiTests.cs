using System.Net;

namespace Assay.Web.Tests.Api;

/// <summary>GET /estimates, /estimates/{subjectKey} and its chart.</summary>
public sealed class EstimatesApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Troops = "/api/v1/estimates/north-korea%20troops";

    [Fact]
    public async Task List_TroopSeries_FirstWithMostFigures()
    {
        // Given the samples store
        // When the series are listed
        var (status, page) = await Http.Get(api.Client, "/api/v1/estimates?limit=5");

        // Then the North Korean troops in Russia lead, with figures from many origins
        Assert.Equal(HttpStatusCode.OK, status);
        var first = page.Items()[0];
        Assert.Equal("north-korea troops", first.Str("key"));
        Assert.Equal("North Korean troops in Russia", first.Str("subject"));
        Assert.True(first.GetProperty("origins").GetInt32() >= 5);
        var figures = page.Items().Select(s => s.GetProperty("figures").GetInt32()).ToList();
        Assert.Equal(figures.Max(), figures[0]);
    }

    [Fact]
    public async Task Get_TroopSeries_PooledRangeAroundTenThousand()
    {
        // Given the samples store
        // When the troop series is read
        var (status, series) = await Http.Get(api.Client, Troops);

        // Then its points are dated in order with revisions, and the pooled assessment in Russia has a median near 10,000–12,000
        Assert.Equal(HttpStatusCode.OK, status);
        var points = series.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(series.GetProperty("series").GetProperty("figures").GetInt32(), points.Count);
        var dates = points.Select(p => p.Str("as_of")!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains(points, p => p.Str("origin") == "source:south-korea-nis");
        Assert.Contains(points, p => p.Str("revision") == "up");
        var pool = series.GetProperty("pooled").EnumerateArray().Single(g => g.Str("scope") == "russia" && g.Str("status") == "assessment");
        var linear = pool.GetProperty("linear_pool");
        Assert.InRange(linear.GetProperty("median").GetDouble(), 10000, 12000);
        Assert.True(linear.GetProperty("p10").GetDouble() < linear.GetProperty("median").GetDouble());
        Assert.True(linear.GetProperty("p90").GetDouble() > linear.GetProperty("median").GetDouble());
    }

    [Fact]
    public async Task Chart_TroopSeries_Svg()
    {
        // Given the samples store
        // When the troop series' chart is asked for
        var (status, type, body) = await Http.Text(api.Client, Troops + "/chart.svg");

        // Then it is an SVG document
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("image/svg+xml", type);
        Assert.Contains("<svg", body, StringComparison.Ordinal);
        Assert.Contains("</svg>", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/estimates/martian%20troops")]
    [InlineData("/api/v1/estimates/martian%20troops/chart.svg")]
    public async Task Get_UnknownKey_404(string path)
    {
        // Given the samples store
        // When a series that is not there is asked for
        var (status, problem) = await Http.Get(api.Client, path);

        // Then it is a 404 naming the key
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("martian troops", problem.Str("detail"), StringComparison.Ordinal);
    }
}
