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

        // Most matches spell the form exactly (single spaces, straight apostrophe), with or without "the"; keeping
        // those spellings lets a match reuse them instead of copying the text for every mention.
        var form = tokens.Length == 0 ? string.Empty : JoinTokens(tokens, spaced);
        _spellings = leadingThe == LeadingThe.None ? [form] : [form, "the " + form, "The " + form];
    }

    private readonly string[] _spellings;

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

    /// <summary>The text of a match as a string: a kept spelling of the form when it matches, else a copy.</summary>
    public string Spelled(ReadOnlySpan<char> written)
    {
        foreach (var spelling in _spellings)
        {
            if (written.SequenceEqual(spelling))
            {
                return spelling;
            }
        }

        return written.ToString();
    }

    private static string JoinTokens(string[] tokens, bool[] spaced)
    {
        var length = tokens[0].Length;
        for (var k = 1; k < tokens.Length; k++)
        {
            length += tokens[k].Length + (spaced[k] ? 1 : 0);
        }

        return string.Create(length, (tokens, spaced), static (chars, state) =>
        {
            var (tokens, spaced) = state;
            tokens[0].CopyTo(chars);
            var at = tokens[0].Length;
            for (var k = 1; k < tokens.Length; k++)
            {
                if (spaced[k])
                {
                    chars[at++] = ' ';
                }

                tokens[k].CopyTo(chars[at..]);
                at += tokens[k].Length;
            }
        });
    }
}
