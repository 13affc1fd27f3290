namespace Assay.Extraction.Annotators.Actors;

/// <summary>One written form of an actor, tokenised at load time, tried against the text token by token.</summary>
/// <remarks>A pattern whose <see cref="Actor"/> is null is a blocker: it consumes a phrase such as "Latin America"
/// so that the actor name inside it is not reported.</remarks>
internal sealed class ActorPattern
{
    public ActorPattern(Actor? actor, string cue, string[] tokens, bool[] spaced, LeadingThe leadingThe, bool given, bool adjectival)
    {
        Actor = actor;
        Cue = cue;
        Tokens = tokens;
        Spaced = spaced;
        LeadingThe = leadingThe;
        Given = given;
        Adjectival = adjectival;
    }

    /// <summary>The actor named, or null for a blocker.</summary>
    public Actor? Actor { get; }

    /// <summary>The lexicon entry that produced the pattern ("capital:Pyongyang").</summary>
    public string Cue { get; }

    /// <summary>Token texts; an apostrophe token stands for any apostrophe character.</summary>
    public string[] Tokens { get; }

    /// <summary>Whether whitespace separates token k from token k-1 (index 0 unused).</summary>
    public bool[] Spaced { get; }

    /// <summary>How a preceding "the" is treated.</summary>
    public LeadingThe LeadingThe { get; }

    /// <summary>The name doubles as a given name ("Jordan"): skipped before a capitalised surname.</summary>
    public bool Given { get; }

    /// <summary>Generated from a demonym prefix ("Russian forces"): skipped after "pro-" and "anti-".</summary>
    public bool Adjectival { get; }
}
