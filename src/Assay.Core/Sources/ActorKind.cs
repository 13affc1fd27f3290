namespace Assay.Core.Sources;

/// <summary>What an actor is.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state.</summary>
    State,

    /// <summary>A government body: ministry, agency, intelligence service, armed force.</summary>
    Organisation,

    /// <summary>A news agency or outlet.</summary>
    Media,

    /// <summary>An alliance or international organisation.</summary>
    Alliance,

    /// <summary>A named person.</summary>
    Person,

    /// <summary>A capitalised name not in the lexicon: a person or organisation candidate.</summary>
    Unknown,
}
