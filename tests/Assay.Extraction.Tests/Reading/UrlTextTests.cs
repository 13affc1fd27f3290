using Assay.Extraction.Reading;

namespace Assay.Extraction.Tests.Reading;

public sealed class UrlTextTests
{
    [Theory]
    [InlineData("https://www.themoscowtimes.com/2024/10/21/some-slug-a86762none", "https://www.themoscowtimes.com/2024/10/21/some-slug-a86762")]
    [InlineData("https://site.example/story/12345none", "https://site.example/story/12345")]
    [InlineData("https://site.example/tech/phone-none", "https://site.example/tech/phone-none")]
    [InlineData("https://site.example/none", "https://site.example/none")]
    [InlineData("https://site.example/a1none?x=1", "https://site.example/a1none?x=1")]
    [InlineData("  <https://site.example/a>  ", "https://site.example/a")]
    public void Clean_Url_StripsNoneArtefactOnlyAfterId(string input, string expected)
    {
        // Given a URL as found in a scraped file
        // When cleaned
        // Then the glued "none" goes only where it follows a numeric id at the end of the path
        Assert.Equal(expected, UrlText.Clean(input));
    }

    [Theory]
    [InlineData("ftp://site.example/x")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Clean_NotHttp_IsNull(string input)
    {
        // Given something that is not an http(s) URL
        // When cleaned
        // Then it is rejected
        Assert.Null(UrlText.Clean(input));
    }
}
