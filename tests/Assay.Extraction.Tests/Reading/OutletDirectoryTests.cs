using Assay.Core.Articles;
using Assay.Extraction.Reading;

namespace Assay.Extraction.Tests.Reading;

public sealed class OutletDirectoryTests
{
    [Theory]
    [InlineData("https://www.themoscowtimes.com/2024/10/21/x", "The Moscow Times")]
    [InlineData("https://en.yna.co.kr/view/AEN1", "Yonhap")]
    [InlineData("https://www.bbc.co.uk/news/world-1", "BBC")]
    [InlineData("https://apnews.com/article/abc", "Associated Press")]
    [InlineData("https://www.understandingwar.org/backgrounder/x", "Institute for the Study of War")]
    [InlineData("https://news.example-unknown.org/story", "news.example-unknown.org")]
    public void FromUrl_Host_NamesOutlet(string url, string expected)
    {
        // Given a URL
        // When its outlet is looked up
        var outlet = OutletDirectory.FromUrl(url);

        // Then known hosts (and their subdomains) give the outlet name, unknown ones the bare host
        Assert.Equal(expected, outlet?.Name);
    }

    [Fact]
    public void FromUrl_ThinkTankAndGovernment_GiveKindHints()
    {
        // Given a think-tank URL and a government URL
        // When looked up
        // Then they hint at analysis and statement
        Assert.Equal(ArticleKind.Analysis, OutletDirectory.FromUrl("https://www.csis.org/analysis/x")?.KindHint);
        Assert.Equal(ArticleKind.Statement, OutletDirectory.FromUrl("https://www.defense.gov/News/Releases/x")?.KindHint);
        Assert.Null(OutletDirectory.FromUrl("https://www.reuters.com/world/x")?.KindHint);
    }

    [Fact]
    public void Find_NoHostOrBareSuffix_IsNull()
    {
        // Given a string that is no URL and a host that is only a public suffix
        // When looked up
        // Then nothing is found
        Assert.Null(OutletDirectory.FromUrl("not a url"));
        Assert.Null(OutletDirectory.Find("co.kr"));
    }
}
