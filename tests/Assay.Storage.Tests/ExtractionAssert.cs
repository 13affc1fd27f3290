using Assay.Core.Claims;

namespace Assay.Storage.Tests;

/// <summary>Compares extractions field by field (records compare lists by reference, so they are compared here).</summary>
internal static class ExtractionAssert
{
    /// <summary>Fails unless every field of <paramref name="actual"/> equals that of <paramref name="expected"/>.</summary>
    public static void Equal(ArticleExtraction expected, ArticleExtraction actual)
    {
        var e = expected.Article;
        var a = actual.Article;
        Assert.Equal(e.Text, a.Text);
        Assert.Equal(e.Paragraphs, a.Paragraphs);
        Assert.Equal(e.Title, a.Title);
        Assert.Equal(e.Outlet, a.Outlet);
        Assert.Equal(e.Byline, a.Byline);
        Assert.Equal(e.Published, a.Published);
        Assert.Equal(e.Url, a.Url);
        Assert.Equal(e.Kind, a.Kind);
        Assert.Equal(e.Captions, a.Captions);
        Assert.Equal(e.Location, a.Location);
        Assert.Equal(e.Language, a.Language);
        Assert.Equal(e.ContentHash, a.ContentHash);

        Assert.Equal(expected.Sentences, actual.Sentences);
        Assert.Equal(expected.Mentions, actual.Mentions);
        Assert.Equal(expected.Quantities, actual.Quantities);
        Assert.Equal(expected.Times, actual.Times);
        Assert.Equal(expected.Claims.Count, actual.Claims.Count);
        for (var i = 0; i < expected.Claims.Count; i++)
        {
            Equal(expected.Claims[i], actual.Claims[i]);
        }
    }

    /// <summary>Fails unless the claims agree in every field, lists included.</summary>
    public static void Equal(Claim expected, Claim actual)
    {
        Assert.Equal(expected.Via, actual.Via);
        Assert.Equal(expected.Cues, actual.Cues);

        // With the lists made identical, record equality covers every other field, including ones added later.
        Assert.Equal(expected with { Via = actual.Via, Cues = actual.Cues }, actual);
    }
}
