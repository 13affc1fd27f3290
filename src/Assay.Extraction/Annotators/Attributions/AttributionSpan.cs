using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Core.Text;

namespace Assay.Extraction.Annotators.Attributions;

/// <summary>An attribution found in a sentence: who the words are credited to, through whom, and how.</summary>
/// <param name="Sentence">Index of the sentence it governs.</param>
/// <param name="Cue">Span of the cue words ("according to", "said", "citing").</param>
/// <param name="CueName">Name of the rule or lexicon entry ("according-to", "verb:estimated").</param>
/// <param name="Source">Source as written, normalised ("South Korea's National Intelligence Service").</param>
/// <param name="SourceSpan">Where the source phrase stands.</param>
/// <param name="SourceActor">Actor id the source resolves to, when it does.</param>
/// <param name="SourceType">Kind of source.</param>
/// <param name="Via">Intermediaries nearest the outlet first ("Yonhap" in "Yonhap, citing the NIS").</param>
/// <param name="Stance">Stance the cue implies (denied, confirmed, reported...), or null when neutral.</param>
/// <param name="Scope">The part of the sentence the attribution covers (the reported content).</param>
public sealed record AttributionSpan(
    int Sentence,
    TextSpan Cue,
    string CueName,
    string Source,
    TextSpan SourceSpan,
    string? SourceActor,
    SourceType SourceType,
    IReadOnlyList<string> Via,
    Stance? Stance,
    TextSpan Scope)
{
    /// <summary>True when a negation took a confirming cue's stance away ("has not acknowledged", "Neither X nor Y
    /// has confirmed"): the source is credited, but the statement stands unconfirmed.</summary>
    public bool Unconfirmed { get; init; }

    /// <summary>True when the attribution credits only what its scope holds ("Seoul's 3,000" credits the figure to
    /// Seoul): it never stands in for the sentence's speaker elsewhere in the sentence.</summary>
    public bool Narrow { get; init; }
}
