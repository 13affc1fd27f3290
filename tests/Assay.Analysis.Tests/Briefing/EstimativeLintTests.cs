using Assay.Analysis.Briefing;

namespace Assay.Analysis.Tests.Briefing;

public sealed class EstimativeLintTests
{
    [Theory]
    [InlineData("It is likely, and we have moderate confidence, that troops are in Kursk.")]
    [InlineData("We are confident it is UNLIKELY that the brigade moved.")]
    [InlineData("Confidence is high that the deployment almost certainly happened.")]
    [InlineData("We judge with low confidence that the report is probably wrong.")]
    [InlineData("Our confidence is moderate; a strike is highly   improbable.")]
    public void Check_LikelihoodWithConfidence_IsAnError(string sentence)
    {
        // Given a sentence with a likelihood term or synonym and a confidence word
        // When it is checked
        var violations = EstimativeLint.Check(sentence);

        // Then it is refused as an error naming the sentence
        var error = Assert.Single(violations, v => v.Severity == LintSeverity.Error);
        Assert.Equal(sentence, error.Sentence);
    }

    [Theory]
    [InlineData("It is very likely [80–95%] that troops are deployed in Russia.")]
    [InlineData("Confidence in this judgment is moderate: it rests on 2 independent origins.")]
    [InlineData("The likelihood of a second wave and our confidence in it are stated apart.")]
    [InlineData("The confidential annex is unlikely to be released.")]
    [InlineData("Probability is stated elsewhere; the analyst is confident in the sourcing.")]
    [InlineData("Likelyhood-style misspellings and probabilistic models are not terms; confidence stays here.")]
    public void Check_OneKindOrScaleNamesOnly_IsClean(string sentence)
    {
        // Given a sentence with only likelihood, only confidence, or the names of the scales ("likelihood",
        // "probability") and words that merely contain a term ("confidential", "probabilistic")
        // When it is checked
        // Then nothing is wrong with it
        Assert.Empty(EstimativeLint.Check(sentence));
    }

    [Fact]
    public void Check_UnlikelyInsideWordBoundaries_IsNotLikely()
    {
        // Given "unlikely" and "very unlikely", which contain "likely" but are not it
        // When each is checked beside a synonym of the unlikely and very-unlikely bands
        // Then no rows are mixed: the inner "likely" is not matched
        Assert.Empty(EstimativeLint.Check("It is unlikely, even improbable, that the convoy turned back."));
        Assert.Empty(EstimativeLint.Check("A strike is very unlikely; highly improbable, in the older wording."));
    }

    [Fact]
    public void Check_TermsFromBothRowsOfDifferentBands_IsAWarning()
    {
        // Given a first-row term and a second-row synonym of another band in one sentence
        // When it is checked
        var violations = EstimativeLint.Check("It is very likely that the troops moved, and probable that they fought.");

        // Then the mixed rows are flagged as a warning, not an error
        var warning = Assert.Single(violations);
        Assert.Equal(LintSeverity.Warning, warning.Severity);
        Assert.Contains("very likely", warning.Message, StringComparison.Ordinal);
        Assert.Contains("probable", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BothRowsOfOneBand_IsNotMixed()
    {
        // Given a term and its own synonym ("almost certainly", "nearly certain")
        // When checked
        // Then nothing is flagged
        Assert.Empty(EstimativeLint.Check("They almost certainly crossed; nearly certain, as the older table puts it."));
    }

    [Fact]
    public void Enforce_SentenceWithBoth_ThrowsNamingIt()
    {
        // Given a clean sentence and one that mixes likelihood and confidence
        var bad = new BriefingSentence("With high confidence it is likely that they left.", []);

        // When enforced
        var thrown = Assert.Throws<BriefingLintException>(() => EstimativeLint.Enforce([new BriefingSentence("They left.", []), bad]));

        // Then the exception names the offending sentence
        Assert.Equal(bad.Text, thrown.Sentence);
        Assert.Contains(bad.Text, thrown.Message, StringComparison.Ordinal);
    }
}
