namespace Assay.Extraction.Pipeline;

/// <summary>What a token may start, for the annotators that scan every token: one flag per lexicon whose first words
/// the token's text is among, compared ignoring case.</summary>
/// <remarks>A flag is a "may": the annotator still matches the token in full. A missing flag is a "cannot", so the
/// annotator skips the token without probing its own lexicon.</remarks>
[Flags]
internal enum WordClass : byte
{
    /// <summary>Starts nothing the classified lexicons hold.</summary>
    None = 0,

    /// <summary>A first word of an attribution cue ("according", "said", "citing").</summary>
    AttributionCue = 1,

    /// <summary>A first word of a hedge or stance cue ("likely", "denied").</summary>
    HedgeCue = 2,

    /// <summary>A first word of an event trigger ("deployed", "combat").</summary>
    EventTrigger = 4,

    /// <summary>A word a figure in words can start with ("three", "dozens", "a").</summary>
    FigureStart = 8,

    /// <summary>A word a time expression can start with ("October", "last", "Monday's").</summary>
    TimeStart = 16,
}
