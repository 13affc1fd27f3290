using Assay.Analysis.Propositions.Embeddings;

namespace Assay.Analysis.Tests.Propositions;

public sealed class VectorMathTests
{
    [Fact]
    public void Dot_KnownVectors_GivesSumOfProducts()
    {
        // Given two small vectors
        float[] left = [1f, 2f, 3f];
        float[] right = [4f, -5f, 6f];

        // Then their dot product is 4 - 10 + 18
        Assert.Equal(12f, VectorMath.Dot(left, right));
    }

    [Fact]
    public void Dot_DifferentLengths_Throws()
    {
        // Given vectors of different lengths
        // Then the caller's bug is reported
        Assert.Throws<ArgumentException>(() => VectorMath.Dot([1f, 2f], [1f]));
    }

    [Fact]
    public void Normalise_AnyVector_GivesUnitLengthSameDirection()
    {
        // Given a 3-4-0 vector
        float[] vector = [3f, 4f, 0f];

        // When it is normalised
        VectorMath.Normalise(vector);

        // Then it has length one and keeps its proportions
        Assert.Equal(1f, VectorMath.Length(vector), 1e-6f);
        Assert.Equal(0.6f, vector[0], 1e-6f);
        Assert.Equal(0.8f, vector[1], 1e-6f);
    }

    [Fact]
    public void Normalise_ZeroVector_LeavesItZero()
    {
        // Given a zero vector
        float[] vector = [0f, 0f];

        // When it is normalised
        VectorMath.Normalise(vector);

        // Then it is still zero rather than NaN
        Assert.Equal([0f, 0f], vector);
    }
}
