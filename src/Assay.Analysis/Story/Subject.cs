namespace Assay.Analysis.Story;

/// <summary>What a claim is about, normalised so that differently worded claims about one thing share a key.</summary>
/// <param name="Key">Comparison key: nationality actor id and canonical noun ("north-korea troops"); empty when unknown.</param>
/// <param name="Label">Readable form, spelled as the claim wrote it ("North Korean troops"); the noun is the canonical one.</param>
/// <param name="ScopeKey">Where, as an actor id or a lower-case place ("russia", "kursk"); empty when unstated.</param>
/// <param name="ScopeLabel">Readable place ("Russia", "the Kursk region"); empty when unstated.</param>
public sealed record Subject(string Key, string Label, string ScopeKey, string ScopeLabel)
{
    /// <summary>Actor id of the nationality, empty when none is known.</summary>
    public string Nationality { get; init; } = "";

    /// <summary>True when the claim's own words name the nationality; false when it was taken from the agent or another claim.</summary>
    public bool NationalityStated { get; init; }

    /// <summary>The canonical noun ("troops"), without nationality.</summary>
    public string Noun { get; init; } = "";

    /// <summary>True when the figure counts an addition ("3,000 additional troops", "a further 1,000"), not a total.</summary>
    public bool Increment { get; init; }

    /// <summary>The same subject with a nationality given from elsewhere (its id and its words).</summary>
    public Subject WithNationality(string nationality, string words) =>
        this with { Key = nationality + " " + Noun, Label = words + " " + Noun, Nationality = nationality, NationalityStated = false };

    /// <summary>The same subject with its nationality spelled as <paramref name="words"/>; the key is unchanged.</summary>
    public Subject WithNationalityWords(string words) =>
        Nationality.Length == 0 || Noun.Length == 0 ? this : this with { Label = words + " " + Label[^Noun.Length..] };

    /// <summary>The nationality as the label spells it ("North Korean"), empty when none.</summary>
    internal string NationalityWords =>
        Nationality.Length == 0 || Noun.Length == 0 || Label.Length <= Noun.Length ? "" : Label[..^Noun.Length].Trim();

    /// <summary>Label and place together ("north korean troops in Russia"; "in Kursk" for a figure that names no noun).</summary>
    public string Describe() => (Increment ? "more " : "") + (ScopeLabel.Length == 0 ? Label : Label.Length == 0 ? "in " + ScopeLabel : Label + " in " + ScopeLabel);
}
