namespace Assay.Extraction.Annotators.Attributions;

/// <summary>Where an attribution cue finds its source.</summary>
internal enum AttributionRole
{
    /// <summary>The subject before the verb, or the name after a closing verb.</summary>
    Verb,

    /// <summary>The noun phrase after the cue.</summary>
    Prep,

    /// <summary>The noun phrase after the cue; the citer becomes a via.</summary>
    Citing,

    /// <summary>The noun phrase after the cue is a via for the sentence's speaker.</summary>
    Writing,

    /// <summary>The cue itself names the source.</summary>
    Self,
}
