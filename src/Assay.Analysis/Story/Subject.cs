namespace Assay.Analysis.Story;

/// <summary>What a claim is about, normalised so that differently worded claims about one thing share a key.</summary>
/// <param name="Key">Comparison key: nationality actor id and canonical noun ("north-korea troops"); empty when unknown.</param>
/// <param name="Label">Readable form ("north korean troops").</param>
/// <param name="ScopeKey">Where, as an actor id or a lower-case place ("russia", "kursk"); empty when unstated.</param>
/// <param name="ScopeLabel">Readable place ("Russia", "the Kursk region"); empty when unstated.</param>
public sealed record Subject(string Key, string Label, string ScopeKey, string ScopeLabel)
{
    /// <summary>Actor id of the nationality, empty when none is known.</summary>
    public string Nationality { get; init; } = "";

    /// <summary>The canonical noun ("troops"), without nationality.</summary>
    public string Noun { get; init; } = "";

    /// <summary>True when the figure counts an addition ("3,000 additional troops", "a further 1,000"), not a total.</summary>
    public bool Increment { get; init; }

    /// <summary>The same subject with a nationality given from elsewhere (its id and its words).</summary>
    public Subject WithNationality(string nationality, string words) =>
        this with { Key = nationality + " " + Noun, Label = words + " " + Noun, Nationality = nationality };

    /// <summary>Label and place together ("north korean troops in Russia").</summary>
    public string Describe() => (Increment ? "more " : "") + (ScopeLabel.Length == 0 ? Label : Label + " in " + ScopeLabel);
}
