namespace Assay.Core.Claims;

/// <summary>What kind of event a claim describes.</summary>
public enum EventType
{
    /// <summary>No event type recognised.</summary>
    None,

    /// <summary>Troops or systems sent somewhere.</summary>
    Deploy,

    /// <summary>Training.</summary>
    Train,

    /// <summary>Fighting.</summary>
    Combat,

    /// <summary>Killed, wounded, captured.</summary>
    Casualty,

    /// <summary>Weapons, ammunition or materiel supplied.</summary>
    Supply,

    /// <summary>A treaty, pact or agreement.</summary>
    Agreement,

    /// <summary>A warning or threat.</summary>
    Warning,

    /// <summary>Aid, assistance.</summary>
    Aid,
}
