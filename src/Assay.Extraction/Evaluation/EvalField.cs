namespace Assay.Extraction.Evaluation;

/// <summary>A field scored by the evaluation, in report order.</summary>
public enum EvalField
{
    /// <summary>The bounds of a matched quantity.</summary>
    Quantity,

    /// <summary>The thing counted (head noun).</summary>
    Counted,

    /// <summary>Who the figure is credited to.</summary>
    Source,

    /// <summary>The first intermediary between outlet and source.</summary>
    Via,

    /// <summary>How the source holds the figure.</summary>
    Stance,

    /// <summary>The event type of the claim.</summary>
    Event,

    /// <summary>The resolved time of the claim.</summary>
    Time,
}
