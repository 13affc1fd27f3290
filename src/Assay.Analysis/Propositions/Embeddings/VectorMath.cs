namespace Assay.Analysis.Propositions.Embeddings;

/// <summary>The little linear algebra sentence vectors need.</summary>
/// <remarks>
/// A plain loop rather than TensorPrimitives: that lives in a package, not in the shared framework, and at a few
/// hundred dimensions the loop costs nothing next to running the model.
/// </remarks>
internal static class VectorMath
{
    /// <summary>Dot product of two vectors of equal length; for unit vectors this is their cosine similarity.</summary>
    public static float Dot(ReadOnlySpan<float> left, ReadOnlySpan<float> right) => (float)DotExact(left, right);

    /// <summary>Euclidean length of a vector.</summary>
    public static float Length(ReadOnlySpan<float> vector) => (float)Math.Sqrt(DotExact(vector, vector));

    /// <summary>Scales a vector in place to unit length; a zero vector is left as it is, having no direction.</summary>
    public static void Normalise(Span<float> vector)
    {
        var length = Math.Sqrt(DotExact(vector, vector));
        if (length == 0d)
        {
            return;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = (float)(vector[i] / length);
        }
    }

    private static double DotExact(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        if (left.Length != right.Length)
        {
            throw new ArgumentException($"Vectors differ in length ({left.Length} and {right.Length}).", nameof(right));
        }

        // Summing in double keeps rounding well below the differences in similarity that callers compare.
        var sum = 0d;
        for (var i = 0; i < left.Length; i++)
        {
            sum += (double)left[i] * right[i];
        }

        return sum;
    }
}
