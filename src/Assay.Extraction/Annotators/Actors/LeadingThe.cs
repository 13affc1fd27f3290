namespace Assay.Extraction.Annotators.Actors;

/// <summary>How a lexicon pattern treats a "the" written just before it.</summary>
internal enum LeadingThe
{
    /// <summary>"the" is not part of the mention ("the Russian media" names Russia, not "the Russian").</summary>
    None,

    /// <summary>"the" joins the mention when present ("the Pentagon", "Pentagon").</summary>
    Optional,

    /// <summary>The form only exists with "the" ("the White House" as opposed to the bare words).</summary>
    Required,
}
