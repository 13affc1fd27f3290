using Assay.Analysis.Propositions;

namespace Assay.Analysis.Tests.Story;

/// <summary>A transparent embedder for grouping tests: a sentence's vector is its bag of lower-case words hashed into
/// 64 dimensions and normalised, so sentences sharing most words are close and the threshold logic can be checked
/// without loading a model.</summary>
internal sealed class WordEmbedder : ISentenceEmbedder
{
    public int Dimensions => 64;

    public int Calls { get; private set; }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences)
    {
        Calls++;
        return [.. sentences.Select(Vector)];
    }

    private float[] Vector(string sentence)
    {
        var vector = new float[Dimensions];
        foreach (var word in sentence.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[(int)((uint)StableHash(word) % Dimensions)] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return [.. vector.Select(v => norm == 0 ? 0 : v / norm)];
    }

    private static int StableHash(string word)
    {
        var hash = 17;
        foreach (var c in word)
        {
            hash = (hash * 31) + c;
        }

        return hash;
    }
}
