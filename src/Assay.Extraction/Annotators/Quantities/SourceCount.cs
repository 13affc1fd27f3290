using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Tells a count of the story's sources ("the two agencies were counting", "three officials said") from a
/// figure of the story: how many bodies or people give the figures is no figure of what they count.</summary>
/// <remarks>A count of people who give figures is a source count only when the sentence shows them giving or holding
/// figures: a word of saying or counting after the phrase, "according to" or "citing" before it, or a definite
/// determiner that refers back to sources already named ("the two agencies", "all three services"). "Two officials
/// were killed" stays a count, as does any phrase with a casualty label.</remarks>
internal static class SourceCount
{
    // How many words may stand between the counted phrase and its verb: "three officials have also said".
    private const int VerbReach = 3;

    // Nouns that name who gives figures, in the plural a count takes.
    private static readonly WordSet SourceNouns = new(
        ["agencies", "services", "officials", "sources", "analysts", "experts", "diplomats", "governments", "ministries", "outlets",
         "newspapers", "broadcasters", "journalists", "reporters", "researchers", "spokesmen", "spokeswomen", "spokespeople",
         "lawmakers", "monitors"], StringComparer.OrdinalIgnoreCase);

    // Determiners that refer back to sources named before: "the two agencies", "both", "all three services".
    private static readonly WordSet Definite = new(["the", "these", "those", "both", "all"], StringComparer.OrdinalIgnoreCase);

    // Words of saying, counting or holding a figure.
    private static readonly WordSet InformVerbs = new(
        ["said", "say", "says", "told", "tell", "quoting", "quote", "quoted", "cited", "cite", "cites", "citing", "counted", "counting",
         "count", "counts", "estimated", "estimate", "estimates", "estimating", "believe", "believed", "believes", "assessed", "assess",
         "assesses", "reported", "report", "reports", "reporting", "agree", "agreed", "agrees", "disagree", "disagreed", "differ",
         "differed", "confirmed", "confirm", "described", "briefed", "spoke", "speaking", "familiar", "put", "gave", "give", "published",
         "released", "tracked", "tracking"], StringComparer.OrdinalIgnoreCase);

    // Words crossed between the phrase and its verb.
    private static readonly WordSet Between = new(
        ["were", "are", "was", "is", "have", "has", "had", "been", "who", "also", "all", "both", "now", "privately", "publicly",
         "separately", "independently", "later", "then", "each", "apparently"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the figure starting at token <paramref name="start"/> counts the sources named by
    /// <paramref name="phrase"/>, read after it.</summary>
    public static bool Holds(in TokenView v, int start, CountedPhrase phrase)
    {
        if (phrase.Label is not null || phrase.End <= phrase.Start || !v.IsAnyWord(phrase.End - 1, SourceNouns))
        {
            return false;
        }

        if (v.IsAnyWord(start - 1, Definite) || v.IsAnyWord(start - 1, "citing", "quoting")
            || (v.IsWord(start - 1, "to") && v.IsWord(start - 2, "according")))
        {
            return true;
        }

        var k = phrase.HasScope ? phrase.ScopeEnd : phrase.End;
        for (var crossed = 0; crossed < VerbReach && v.IsAnyWord(k, Between); crossed++)
        {
            k++;
        }

        return v.IsAnyWord(k, InformVerbs);
    }
}
