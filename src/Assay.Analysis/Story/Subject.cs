namespace Assay.Analysis.Story;

/// <summary>What a claim is about, normalised so that differently worded claims about one thing share a key.</summary>
/// <param name="Key">Comparison key: nationality actor id and canonical noun ("north-korea troops"); empty when unknown.</param>
/// <param name="Label">Readable form ("north korean troops").</param>
/// <param name="ScopeKey">Where, as an actor id or a lower-case place ("russia", "kursk"); empty when unstated.</param>
/// <param name="ScopeLabel">Readable place ("Russia", "the Kursk region"); empty when unstated.</param>
public sealed record Subject(string Key, string Label, string ScopeKey, string ScopeLabel)
{
    /// <summary>Label and place together ("north korean troops in Russia").</summary>
    public string Describe() => ScopeLabel.Length == 0 ? Label : Label + " in " + ScopeLabel;
}
