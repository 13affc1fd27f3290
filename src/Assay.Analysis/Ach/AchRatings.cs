namespace Assay.Analysis.Ach;

/// <summary>Reading, writing and the numeric values of <see cref="AchRating"/>.</summary>
public static class AchRatings
{
    /// <summary>The ratings in the order of the scale, most consistent first.</summary>
    public static IReadOnlyList<AchRating> All { get; } = [AchRating.CC, AchRating.C, AchRating.N, AchRating.I, AchRating.II, AchRating.NA];

    /// <summary>Reads "CC", "C", "N", "I", "II" or "NA", case-insensitive; PARC's spaced "C C" and "I I" are accepted too.</summary>
    public static bool TryParse(string? text, out AchRating rating)
    {
        rating = AchRating.NA;
        if (text is null)
        {
            return false;
        }

        var compact = text.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        switch (compact)
        {
            case "CC": rating = AchRating.CC; return true;
            case "C": rating = AchRating.C; return true;
            case "N": rating = AchRating.N; return true;
            case "I": rating = AchRating.I; return true;
            case "II": rating = AchRating.II; return true;
            case "NA" or "N/A": rating = AchRating.NA; return true;
            default: return false;
        }
    }

    /// <summary>Reads a rating or throws <see cref="FormatException"/> naming the accepted forms.</summary>
    public static AchRating Parse(string text) =>
        TryParse(text, out var rating) ? rating : throw new FormatException($"'{text}' is not a rating: use CC, C, N, I, II or NA");

    /// <summary>Assay's form: "CC", "C", "N", "I", "II", "NA".</summary>
    public static string Format(this AchRating rating) => rating switch
    {
        AchRating.CC => "CC",
        AchRating.C => "C",
        AchRating.N => "N",
        AchRating.I => "I",
        AchRating.II => "II",
        AchRating.NA => "NA",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, null),
    };

    /// <summary>PARC ACH's form, with the doubled ratings spaced: "C C", "C", "N", "I", "I I", "NA".</summary>
    public static string FormatParc(this AchRating rating) => rating switch
    {
        AchRating.CC => "C C",
        AchRating.II => "I I",
        _ => rating.Format(),
    };

    /// <summary>The inconsistency points of a cell: I −1, II −2, every other rating 0.</summary>
    public static int Inconsistency(this AchRating rating) => rating switch
    {
        AchRating.I => -1,
        AchRating.II => -2,
        _ => 0,
    };

    /// <summary>The numeric rating used for diagnosticity (CC 2, C 1, N 0, I −1, II −2); null for NA.</summary>
    public static int? Numeric(this AchRating rating) => rating switch
    {
        AchRating.CC => 2,
        AchRating.C => 1,
        AchRating.N => 0,
        AchRating.I => -1,
        AchRating.II => -2,
        _ => null,
    };

    /// <summary>The rating an analyst would have given had the item been read backwards: CC↔II, C↔I; N and NA stay.</summary>
    public static AchRating Mirror(this AchRating rating) => rating switch
    {
        AchRating.CC => AchRating.II,
        AchRating.II => AchRating.CC,
        AchRating.C => AchRating.I,
        AchRating.I => AchRating.C,
        _ => rating,
    };
}
