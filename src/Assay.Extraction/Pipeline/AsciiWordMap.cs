using System.Numerics;
using System.Runtime.CompilerServices;

namespace Assay.Extraction.Pipeline;

/// <summary>An open-addressing table from ASCII words, compared ignoring case, to a small value; probed with spans of
/// text, hashing and comparing the characters in one pass each without the general string hashing machinery.</summary>
/// <typeparam name="T">What each word maps to.</typeparam>
/// <remarks>Only words that are ASCII once upper-cased are held ("ſay" counts as "SAY"); <see cref="TryGetValue"/>
/// answers only for ASCII words and says so, so that the caller settles other words elsewhere. Tables are kept at most
/// a quarter full so that a miss usually stops at the first, empty slot.</remarks>
internal sealed class AsciiWordMap<T>
    where T : struct
{
    private readonly string[] _keys;
    private readonly T[] _values;
    private readonly int[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table from <paramref name="entries"/>; entries whose upper case is not ASCII are left out,
    /// and the values of words equal ignoring case are combined with <paramref name="combine"/>.</summary>
    public AsciiWordMap(IEnumerable<KeyValuePair<string, T>> entries, Func<T, T, T> combine)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(combine);
        var folded = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (word, value) in entries)
        {
            var upper = word.ToUpperInvariant();
            if (!System.Text.Ascii.IsValid(upper))
            {
                continue;
            }

            var key = upper.ToLowerInvariant();
            folded[key] = folded.TryGetValue(key, out var old) ? combine(old, value) : value;
        }

        _keys = [.. folded.Keys];
        _values = [.. folded.Values];
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, _keys.Length * 4));
        _slots = new int[size];
        _mask = size - 1;
        for (var k = 0; k < _keys.Length; k++)
        {
            var slot = (int)Hash(_keys[k], out _) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = k + 1;
        }
    }

    /// <summary>The value of <paramref name="word"/>, ignoring case; false when it is not held. <paramref name="ascii"/>
    /// is false (and the answer means nothing) when the word has a character outside ASCII.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out T value, out bool ascii)
    {
        value = default;
        var hash = Hash(word, out ascii);
        if (!ascii)
        {
            return false;
        }

        var slot = (int)hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return false;
            }

            var key = _keys[entry - 1];
            if (key.Length == word.Length && SameFolded(word, key))
            {
                value = _values[entry - 1];
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // FNV-1a over the characters with ASCII upper case folded to lower; reports whether every character was ASCII.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word, out bool ascii)
    {
        var hash = 2166136261u;
        var all = 0;
        foreach (var c in word)
        {
            all |= c;
            hash = (hash ^ Fold(c)) * 16777619u;
        }

        ascii = all < 128;
        return hash ^ (hash >> 15);
    }

    private static bool SameFolded(ReadOnlySpan<char> word, string key)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (Fold(word[i]) != key[i])
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (uint)c | 0x20u : c;
}
