using Assay.Core.Articles;
using Assay.Extraction.Reading;

namespace Assay.Extraction.Tests.Reading;

/// <summary>Where the outlet comes from when a plain-text article names no URL.</summary>
public sealed class HeadOutletTests
{
    private static Article Read(string text)
    {
        var result = ArticleReader.Default.ReadText(text, "head.txt", "txt").Single();
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Fact]
    public void ReadText_AgencyByline_BecomesTheOutlet()
    {
        // Given a wire story whose byline is the agency itself and a TASS-style dateline
        var article = Read("Kremlin has nothing to add on troop claims\n\nBy TASS\n\nOctober 21, 2024\n\nMOSCOW, October 21. /TASS/. The Kremlin has nothing to add, the spokesman said.");

        // Then the outlet is the agency and the date is read
        Assert.Equal("TASS", article.Outlet);
        Assert.Equal(new DateOnly(2024, 10, 21), article.Published);
    }

    [Fact]
    public void ReadText_SlashedDateline_NamesTheOutlet()
    {
        var article = Read("Troops arrive\n\nOctober 21, 2024\n\nMOSCOW, October 21. /TASS/. The ministry said nothing more.");
        Assert.Equal("TASS", article.Outlet);
    }

    [Fact]
    public void ReadText_StatementByAnInstitution_IsPublishedByIt()
    {
        // Given a press release whose byline names the issuing body with "the" and lower-case particles
        var article = Read("Press Release: Troops Confirmed\n\nBy the National Intelligence Service, Republic of Korea\n\n18 October 2024\n\nThe service has confirmed the move.");

        // Then byline, date, kind and outlet all come from the head
        Assert.Equal("National Intelligence Service, Republic of Korea", article.Byline);
        Assert.Equal(new DateOnly(2024, 10, 18), article.Published);
        Assert.Equal(ArticleKind.Statement, article.Kind);
        Assert.Equal("National Intelligence Service, Republic of Korea", article.Outlet);
        Assert.StartsWith("The service has confirmed", article.Text, StringComparison.Ordinal);
    }
}
