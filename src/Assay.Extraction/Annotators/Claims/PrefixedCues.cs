using System.Collections.Concurrent;

namespace Assay.Extraction.Annotators.Claims;

/// <summary>The cue strings a claim records, such as "attrib:verb:said" or "quantity:digits": one prefix joined to the
/// name of the cue that fired, made once per name and shared by every claim that carries it.</summary>
/// <remarks>A claim carries four or five cues, and nearly all of them recur article after article; joining them anew
/// for each claim was a fifth of the bytes the claim annotator allocated. Names come from the lexicons and a few from
/// the text (an event's head noun), so the set is capped: past <see cref="Limit"/> names a cue is simply joined.</remarks>
internal sealed class PrefixedCues
{
    /// <summary>Most names kept per prefix.</summary>
    public const int Limit = 4096;

    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, string> _joined = new(StringComparer.Ordinal);

    /// <summary>Cues made of <paramref name="prefix"/> and a name.</summary>
    public PrefixedCues(string prefix) => _prefix = prefix;

    public static PrefixedCues Attribution { get; } = new("attrib:");

    public static PrefixedCues Negated { get; } = new("not:");

    public static PrefixedCues Dismissed { get; } = new("dismissed:");

    public static PrefixedCues Quantity { get; } = new("quantity:");

    public static PrefixedCues Time { get; } = new("time:");

    public static PrefixedCues Event { get; } = new("event:");

    public static PrefixedCues CountedEvent { get; } = new("event:counted:");

    /// <summary>The prefix joined to <paramref name="name"/>, the same string for the same name.</summary>
    public string Of(string name)
    {
        if (_joined.TryGetValue(name, out var cue))
        {
            return cue;
        }

        cue = _prefix + name;
        if (_joined.Count < Limit)
        {
            _joined.TryAdd(name, cue);
        }

        return cue;
    }
}
