using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Extraction.Annotators.Sentences;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>One lookup gives a word the flags of every lexicon it starts an entry of, and a missing flag means the
/// lexicon has no entry starting with that word.</summary>
public sealed class WordClassesTests
{
    [Theory]
    [InlineData("may", (int)(WordClass.HedgeCue | WordClass.EventTrigger))]
    [InlineData("MAY", (int)(WordClass.HedgeCue | WordClass.EventTrigger))]
    [InlineData("Likely", (int)WordClass.HedgeCue)]
    [InlineData("deployed", (int)WordClass.EventTrigger)]
    [InlineData("the", (int)WordClass.None)]
    [InlineData("mayor", (int)WordClass.None)]
    public void Classify_Word_FlagsOfEveryLexiconItStarts(string word, int expected)
    {
        // Given two lexicons sharing one first word
        var classes = new WordClasses([(WordClass.HedgeCue, ["likely", "may"]), (WordClass.EventTrigger, ["may", "deployed"])]);

        // When a word is classified in any case
        var result = classes.Classify(word);

        // Then it carries the flag of each lexicon it starts an entry of, and none otherwise
        Assert.Equal((WordClass)expected, result);
    }

    [Theory]
    [InlineData("Monday's", (int)WordClass.TimeStart)]
    [InlineData("Monday\u2019s", (int)WordClass.TimeStart)]
    [InlineData("three's", (int)WordClass.None)]
    [InlineData("Mondays", (int)WordClass.None)]
    public void Classify_Possessive_KeepsOnlyPossessiveFlags(string word, int expected)
    {
        // Given a table whose time words also count in their possessive
        var classes = new WordClasses([(WordClass.TimeStart, ["Monday"]), (WordClass.FigureStart, ["three"])], possessive: WordClass.TimeStart);

        // When a possessive is classified
        var result = classes.Classify(word);

        // Then only the possessive flags of its name hold
        Assert.Equal((WordClass)expected, result);
    }

    [Theory]
    [InlineData("according", (int)WordClass.AttributionCue)]
    [InlineData("likely", (int)WordClass.HedgeCue)]
    [InlineData("deployed", (int)WordClass.EventTrigger)]
    public void Sentence_CueFirstWord_Flagged(string word, int flag)
    {
        // Given the built-in table of the word tokens
        var classes = WordClasses.Sentence;

        // When a first word of a built-in cue is classified
        var result = classes.Classify(word);

        // Then it carries that lexicon's flag
        Assert.Equal((WordClass)flag, result & (WordClass)flag);
    }

    [Theory]
    [InlineData("dozens", (int)WordClass.FigureStart)]
    [InlineData("three", (int)WordClass.FigureStart)]
    [InlineData("October", (int)WordClass.TimeStart)]
    [InlineData("Friday's", (int)WordClass.TimeStart)]
    public void Figure_FigureOrTimeWord_Flagged(string word, int flag)
    {
        // Given the built-in table of the figure tokens
        var classes = WordClasses.Figure;

        // When a word that starts a figure or a time is classified
        var result = classes.Classify(word);

        // Then it carries that flag
        Assert.Equal((WordClass)flag, result & (WordClass)flag);
    }

    [Fact]
    public void TokenClasses_Document_OneFlagSetPerToken()
    {
        // Given a document split into sentences
        var document = new AnnotatedDocument(Article.FromText("Officials said the troops were likely deployed. The toll rose."));
        new SentenceAnnotator().Annotate(document);

        // When its tokens are classified
        var classes = document.TokenClasses.ToArray();

        // Then each token has its flags: "said" starts an attribution cue, "the" starts nothing
        Assert.Equal(document.Tokens.Count, classes.Length);
        var said = IndexOf(document, "said");
        var the = IndexOf(document, "the");
        Assert.True(classes[said].HasFlag(WordClass.AttributionCue));
        Assert.Equal(WordClass.None, classes[the] & WordClass.AttributionCue);
    }

    [Fact]
    public void TokenClasses_AfterALongerArticleOnTheThread_OnePerTokenOfThisOne()
    {
        // Given a long article extracted first on this thread, which leaves its buffers to the next document
        var longText = string.Join(" ", Enumerable.Repeat("Officials said on Monday that 3,000 troops had likely been deployed.", 60));
        ExtractionPipeline.Default.Extract(Article.FromText(longText));
        var document = new AnnotatedDocument(Article.FromText("The ministry denied it. Reports may be wrong."));
        new SentenceAnnotator().Annotate(document);

        // When the short document's tokens are classified, both ways
        var classes = document.TokenClasses.ToArray();
        var figureClasses = document.FigureTokenClasses(0).ToArray();

        // Then there is one class per token of this document, each the word's own
        Assert.Equal(document.Tokens.Count, classes.Length);
        for (var i = 0; i < classes.Length; i++)
        {
            var token = document.Tokens[i];
            Assert.Equal(WordClasses.Sentence.Classify(document.Text.AsSpan(token.Start, token.Length)), classes[i]);
        }

        Assert.Equal(document.FigureTokens(0).Length, figureClasses.Length);
    }

    [Fact]
    public void Extract_ArticlesInTurnOnOneThread_SameAsEachAlone()
    {
        // Given a long and a short article, each extracted once on a fresh thread
        var longArticle = Article.FromText(string.Join(" ", Enumerable.Repeat("Officials said on Monday that 3,000 troops had likely been deployed.", 60)));
        var shortArticle = Article.FromText("The ministry denied on Tuesday that 200 soldiers were killed, a report said.");
        var alone = new[] { longArticle, shortArticle }.Select(a => Describe(RunOnNewThread(() => ExtractionPipeline.Default.Extract(a)))).ToArray();

        // When they are extracted in turn on one thread, each reusing what the one before left
        var inTurn = RunOnNewThread(() => new[] { longArticle, shortArticle, longArticle, shortArticle }
            .Select(a => Describe(ExtractionPipeline.Default.Extract(a))).ToArray());

        // Then every extraction is the same as the article's own
        Assert.Equal([alone[0], alone[1], alone[0], alone[1]], inTurn);
        Assert.Contains("denied", alone[1], StringComparison.Ordinal);
    }

    private static string Describe(ArticleExtraction extraction) =>
        string.Join("\n", extraction.Claims.Select(c => $"{c.Span} {c.Stance} {c.Source} {string.Join(",", c.Cues)}"));

    private static T RunOnNewThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    private static int IndexOf(AnnotatedDocument document, string word)
    {
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            if (document.Tokens[i].Is(document.Text, word))
            {
                return i;
            }
        }

        throw new InvalidOperationException(word);
    }
}
