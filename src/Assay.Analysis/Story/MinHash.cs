namespace Assay.Analysis.Story;

/// <summary>MinHash signatures of word shingles.</summary>
/// <remarks>Words are lower-cased letters and digits; a shingle's hash combines its words' 64-bit FNV-1a hashes, so
/// no shingle string is ever built. Each of the k hash functions is a multiply–xor–shift mix with its own seed.</remarks>
internal static class MinHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>k seeds from a fixed generator, so signatures are the same on every run.</summary>
    public static ulong[] Seeds(int count)
    {
        var seeds = new ulong[count];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < count; i++)
        {
            state = SplitMix(state);
            seeds[i] = state | 1;
        }

        return seeds;
    }

    /// <summary>The signature of a text; empty when it has fewer words than one shingle.</summary>
    public static ulong[] Signature(string text, int shingleWords, ulong[] seeds)
    {
        var words = new List<ulong>(text.Length / 5);
        var hash = FnvOffset;
        var inWord = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                hash = (hash ^ char.ToLowerInvariant(ch)) * FnvPrime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }

        if (words.Count < shingleWords)
        {
            return [];
        }

        var signature = new ulong[seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        for (var start = 0; start + shingleWords <= words.Count; start++)
        {
            var shingle = 0UL;
            for (var w = 0; w < shingleWords; w++)
            {
                shingle = (shingle * 31) ^ words[start + w];
            }

            for (var k = 0; k < seeds.Length; k++)
            {
                var value = Mix(shingle ^ seeds[k]);
                if (value < signature[k])
                {
                    signature[k] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>Fraction of positions where two signatures agree: an unbiased estimate of the shingles' Jaccard similarity.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || a.Length != b.Length)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    /// <summary>Hash of one band of a signature.</summary>
    public static ulong BandHash(ulong[] signature, int band, int rows)
    {
        var hash = FnvOffset;
        for (var r = band * rows; r < (band + 1) * rows; r++)
        {
            hash = (hash ^ signature[r]) * FnvPrime;
        }

        return hash;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
