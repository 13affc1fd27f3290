using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>Tells a count that only refers to the story's parties ("the two countries", "relations between the two
/// Koreas") or to its evidence ("the two sets of figures", "two claims from this story") from a figure of the story.</summary>
/// <remarks>
/// <para>Only a small exact count can be a reference (2 to <see cref="MaxValue"/>, no qualifier, no range): "about 15
/// countries" funding a scheme, "at least two of them" and "North Korea sent 10,000 troops" are figures.</para>
/// <para>A count of parties is a reference when the words before it point back to parties already in view: a definite
/// determiner or possessive ("the two countries", "all three nations", "their two governments", "Russia's two
/// allies"), or a word that relates them ("between two countries", "the rights of two independent states"). A bare
/// count of parties stays a figure: "troops from three countries", "two countries pledged shells" and "a coalition of
/// five nations" say how many took part, which a story may report and revise.</para>
/// <para>A count of evidence is a reference in any context when its noun only ever names evidence ("two claims", "the
/// two reports", "both estimates"); "figures", "numbers", "accounts" and "documents" name other things too ("three
/// senior figures", "two bank accounts"), so they need a definite determiner. A set of evidence ("the two sets of
/// figures") is evidence.</para>
/// <para>A casualty label keeps the count ("the two leaders were killed"), and so does a count of anything else that
/// the noun phrase after the figure names ("two North Korean soldiers", "two brigades").</para>
/// </remarks>
internal static class ReferenceCount
{
    /// <summary>The largest count that may be a reference: parties and evidence come in pairs and handfuls.</summary>
    public const double MaxValue = 5;

    // How many modifiers may stand between the figure and the noun: "the two independent states", "the two Korean
    // states", "the two North Korean governments".
    private const int ModifierReach = 3;

    // Nouns that name the sides of the story.
    private static readonly WordSet PartyNouns = new(
        ["countries", "nations", "states", "allies", "sides", "parties", "neighbours", "neighbors", "governments", "leaders",
         "koreas", "capitals", "powers", "partners", "signatories", "delegations", "militaries", "presidents"],
        StringComparer.OrdinalIgnoreCase);

    // Nouns that only ever name evidence or accounts of it.
    private static readonly WordSet EvidenceNouns = new(
        ["claims", "reports", "estimates", "statements", "versions", "assessments", "tallies", "studies", "surveys", "analyses",
         "readings", "narratives"], StringComparer.OrdinalIgnoreCase);

    // Nouns that name evidence after a definite determiner but other things as well.
    private static readonly WordSet DefiniteEvidenceNouns = new(
        ["figures", "numbers", "accounts", "counts", "documents", "videos", "images", "photos", "photographs"],
        StringComparer.OrdinalIgnoreCase);

    // "two sets of figures": a set of evidence is evidence.
    private static readonly WordSet SetNouns = new(["sets", "pairs", "kinds", "types", "series", "lines"], StringComparer.OrdinalIgnoreCase);
    private static readonly WordSet SetContents = new(["evidence", "data", "statistics"], StringComparer.OrdinalIgnoreCase);

    // Determiners that point back to what is already in view.
    private static readonly WordSet Determiners = new(
        ["the", "these", "those", "both", "all", "our", "their", "its", "his", "her", "my", "your"], StringComparer.OrdinalIgnoreCase);

    // Words that relate parties rather than count them.
    private static readonly WordSet Relating = new(["between", "among", "amongst", "of"], StringComparer.OrdinalIgnoreCase);

    // Before "of", a word that gathers members, so that the figure counts them: "a coalition of five nations".
    private static readonly WordSet Gathering = new(
        ["coalition", "group", "bloc", "alliance", "union", "league", "club", "consortium", "team", "total", "list", "number",
         "majority", "minority", "core", "circle", "grouping", "made", "consisting", "composed", "comprised", "up"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the exact figure over tokens [<paramref name="start"/>, <paramref name="end"/>) only refers to
    /// the parties or the evidence; <paramref name="phrase"/> is the counted phrase read for it, if any.</summary>
    public static bool Holds(in TokenView v, int start, int end, double value, CountedPhrase? phrase, QuantityLexicon lexicon)
    {
        if (value < 2 || value > MaxValue || value != Math.Floor(value) || phrase is { Label: not null })
        {
            return false;
        }

        var noun = Noun(v, end, lexicon);
        if (noun < 0 || (phrase is { } p && p.Start >= end && p.End - 1 != noun))
        {
            return false;
        }

        var definite = PointsBack(v, start);
        if (v.IsAnyWord(noun, PartyNouns))
        {
            return definite || (v.IsAnyWord(start - 1, Relating) && !(v.IsWord(start - 1, "of") && v.IsAnyWord(start - 2, Gathering)));
        }

        if (v.IsAnyWord(noun, SetNouns))
        {
            return v.IsWord(noun + 1, "of") && (v.IsAnyWord(noun + 2, EvidenceNouns) || v.IsAnyWord(noun + 2, DefiniteEvidenceNouns) || v.IsAnyWord(noun + 2, SetContents));
        }

        return v.IsAnyWord(noun, EvidenceNouns) || (definite && v.IsAnyWord(noun, DefiniteEvidenceNouns));
    }

    // The token of a party, evidence or set noun after a few modifiers from token j, or -1. A function word or a noun the
    // figure may count ("the two soldiers' statements") ends the search.
    private static int Noun(in TokenView v, int j, QuantityLexicon lexicon)
    {
        for (var k = j; k < v.Count && k < j + ModifierReach + 1; k++)
        {
            if (!v.IsWord(k) || lexicon.Stop.Contains(v.Chars(k)))
            {
                return -1;
            }

            if (v.IsAnyWord(k, PartyNouns) || v.IsAnyWord(k, EvidenceNouns) || v.IsAnyWord(k, DefiniteEvidenceNouns) || v.IsAnyWord(k, SetNouns))
            {
                return k;
            }

            if (lexicon.CountedHeads.MatchForward(v.Text, v.Tokens, k, k + 1, out _) > 0)
            {
                return -1;
            }
        }

        return -1;
    }

    // "the two", "all three", "their two", "Russia's two", "the other two".
    private static bool PointsBack(in TokenView v, int start)
    {
        var k = v.IsWord(start - 1, "other") && v.IsAnyWord(start - 2, Determiners) ? start - 2 : start - 1;
        return v.IsAnyWord(k, Determiners) || (v.IsWord(k) && IsPossessive(v.Chars(k)));
    }

    private static bool IsPossessive(ReadOnlySpan<char> w) =>
        w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
}
