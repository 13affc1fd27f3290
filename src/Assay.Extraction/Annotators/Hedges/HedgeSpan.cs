using Assay.Core.Claims;
using Assay.Core.Text;

namespace Assay.Extraction.Annotators.Hedges;

/// <summary>A word or phrase that shapes how firmly a sentence commits to its content.</summary>
/// <param name="Sentence">Index of the sentence it stands in.</param>
/// <param name="Span">The cue words.</param>
/// <param name="CueName">Lexicon entry ("hedge:seemingly", "refute:did-not-stand-up").</param>
/// <param name="Certainty">Certainty the cue signals, 0..1, or null when it only sets the stance.</param>
/// <param name="Stance">Stance the cue signals, or null.</param>
/// <param name="Negated">True when a negation reverses the cue ("not likely").</param>
public sealed record HedgeSpan(
    int Sentence,
    TextSpan Span,
    string CueName,
    double? Certainty,
    Stance? Stance,
    bool Negated);
