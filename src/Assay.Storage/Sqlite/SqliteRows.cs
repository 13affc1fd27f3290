using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using Assay.Core.Claims;

namespace Assay.Storage.Sqlite;

/// <summary>An extraction as the values the SQLite save binds, in statement order, encoded in one pooled buffer
/// (text as UTF-8) on the thread that extracted it.</summary>
/// <remarks>
/// <para>The saving thread is the one a bulk ingest waits on. Handed the objects, it converted every string to UTF-8
/// and computed the content hash itself, and the few hundred objects of each extraction, which wait a second or so
/// for their batch, were copied by the garbage collector from generation to generation (at 250,000 articles, every
/// thread was stopped for 13% of the run). Encoded here, the objects die young on the extracting thread and the buffer
/// goes back to a pool after the save.</para>
/// <para>Layout: the article's values (<see cref="ArticleValues"/> of them), then for each of sentences, mentions,
/// quantities, times and claims a row count and each row's values after its article id and ordinal. A value is a tag
/// byte (null, integer, real, text) and its payload: 8 bytes little-endian, or a 4-byte length and UTF-8.</para>
/// </remarks>
internal sealed class SqliteRows : PreparedArticle
{
    /// <summary>Values of the article row before <c>ingested_at</c>, which the save binds itself.</summary>
    public const int ArticleValues = 13;

    /// <summary>Values of a row of sentences, mentions, quantities, times and claims, after article id and ordinal.</summary>
    public static readonly int[] ChildValues = [2, 8, 11, 7, 17];

    private const byte TagNull = 0;
    private const byte TagInteger = 1;
    private const byte TagReal = 2;
    private const byte TagText = 3;

    // Buffers are taken back and reused, so a bulk ingest allocates them once for as many articles as wait at a time.
    private static readonly ArrayPool<byte> Buffers = ArrayPool<byte>.Create(maxArrayLength: 4 << 20, maxArraysPerBucket: 4096);

    private const int ScratchKept = 1 << 20;

    [ThreadStatic]
    private static byte[]? t_scratch;

    private byte[]? _buffer;
    private readonly int _length;

    private SqliteRows(string contentHash, byte[] buffer, int length)
        : base(contentHash)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The encoded values.</summary>
    public ReadOnlySpan<byte> Values =>
        (_buffer ?? throw new ObjectDisposedException(nameof(SqliteRows))).AsSpan(0, _length);

    /// <summary>Encodes <paramref name="extraction"/>.</summary>
    public static SqliteRows Encode(ArticleExtraction extraction, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var writer = new Writer(t_scratch ??= new byte[64 * 1024]);
        var article = extraction.Article;
        writer.Text(contentHash);
        writer.Text(article.Title);
        writer.Text(article.Outlet);
        writer.Text(article.Byline);
        writer.Text(StoredValues.DateToDb(article.Published) as string);
        writer.Text(article.Url);
        writer.Text(article.Kind.ToString());
        writer.Text(article.Location);
        writer.Text(article.Language);
        writer.Text(article.Text);
        writer.Text(StoredValues.SpansToJson(article.Paragraphs));
        writer.Text(StoredValues.ListToJson(article.Captions));
        writer.Integer(article.WordCount);

        writer.Count(extraction.Sentences.Count);
        foreach (var s in extraction.Sentences)
        {
            writer.Integer(s.Start);
            writer.Integer(s.End);
        }

        writer.Count(extraction.Mentions.Count);
        foreach (var m in extraction.Mentions)
        {
            writer.Integer(m.Span.Start);
            writer.Integer(m.Span.End);
            writer.Text(m.Text);
            writer.Text(m.ActorId);
            writer.Text(m.ActorName);
            writer.Text(m.Kind.ToString());
            writer.Text(m.Country);
            writer.Text(m.Cue);
        }

        writer.Count(extraction.Quantities.Count);
        foreach (var q in extraction.Quantities)
        {
            writer.Integer(q.Span.Start);
            writer.Integer(q.Span.End);
            writer.Text(q.Text);
            writer.Real(q.Low);
            writer.Real(q.High);
            writer.Text(q.Qualifier.ToString());
            writer.Text(q.Counted);
            writer.Text(q.Scope);
            writer.Text(q.Cue);
            writer.Integer(q.CountedSpan?.Start);
            writer.Integer(q.CountedSpan?.End);
        }

        writer.Count(extraction.Times.Count);
        foreach (var t in extraction.Times)
        {
            writer.Integer(t.Span.Start);
            writer.Integer(t.Span.End);
            writer.Text(t.Text);
            writer.Text(t.Value);
            writer.Text(t.Granularity.ToString());
            writer.Text(t.Relation.ToString());
            writer.Text(t.Cue);
        }

        writer.Count(extraction.Claims.Count);
        foreach (var c in extraction.Claims)
        {
            writer.Text(c.Id);
            writer.Integer(c.Span.Start);
            writer.Integer(c.Span.End);
            writer.Text(c.Text);
            writer.Text(c.Event.ToString());
            writer.Text(c.Agent);
            writer.Text(c.Theme);
            writer.Text(c.Location);
            writer.Integer(c.QuantityIndex);
            writer.Integer(c.TimeIndex);
            writer.Text(c.Source);
            writer.Text(c.SourceActor);
            writer.Text(c.SourceType.ToString());
            writer.Text(StoredValues.ListToJson(c.Via));
            writer.Text(c.Stance.ToString());
            writer.Real(c.Certainty);
            writer.Text(StoredValues.ListToJson(c.Cues));
        }

        // A thread keeps its scratch buffer for the next article unless one huge article grew it.
        t_scratch = writer.Buffer.Length <= ScratchKept ? writer.Buffer : null;
        var buffer = Buffers.Rent(writer.Length);
        writer.Buffer.AsSpan(0, writer.Length).CopyTo(buffer);
        return new SqliteRows(contentHash, buffer, writer.Length);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            Buffers.Return(buffer);
        }

        base.Dispose(disposing);
    }

    /// <summary>Reads encoded values in order and binds each to a statement; the values must stay pinned while it
    /// reads them and until the statements it bound have run (text is bound in place).</summary>
    public unsafe ref struct Reader(byte* values, int length)
    {
        private readonly byte* _values = values;
        private readonly int _length = length;
        private int _at;

        /// <summary>True when every value was read.</summary>
        public readonly bool AtEnd => _at == _length;

        /// <summary>Reads a row count.</summary>
        public int Count()
        {
            var count = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
            _at += 4;
            return count;
        }

        /// <summary>Binds the next value to parameter <paramref name="index"/> of <paramref name="statement"/>.</summary>
        public void BindNext(RawStatement statement, int index)
        {
            var tag = Take(1)[0];
            _at++;
            switch (tag)
            {
                case TagNull:
                    statement.BindNull(index);
                    break;
                case TagInteger:
                    statement.Bind(index, BinaryPrimitives.ReadInt64LittleEndian(Take(8)));
                    _at += 8;
                    break;
                case TagReal:
                    statement.Bind(index, BinaryPrimitives.ReadDoubleLittleEndian(Take(8)));
                    _at += 8;
                    break;
                case TagText:
                    var length = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
                    _at += 4;
                    Ensure(length);
                    statement.BindPinnedText(index, _values + _at, length);
                    _at += length;
                    break;
                default:
                    throw new InvalidOperationException($"Encoded rows hold an unknown value tag {tag} at byte {_at - 1}.");
            }
        }

        // The next count bytes, checked against the end of the values.
        private readonly ReadOnlySpan<byte> Take(int count)
        {
            Ensure(count);
            return new ReadOnlySpan<byte>(_values + _at, count);
        }

        private readonly void Ensure(int count)
        {
            if ((uint)count > (uint)(_length - _at))
            {
                throw new InvalidOperationException($"Encoded rows end at byte {_length}, before the {count} bytes wanted at byte {_at}.");
            }
        }
    }

    private struct Writer(byte[] buffer)
    {
        public byte[] Buffer { get; private set; } = buffer;

        public int Length { get; private set; }

        public void Count(int count)
        {
            Ensure(4);
            BinaryPrimitives.WriteInt32LittleEndian(Buffer.AsSpan(Length), count);
            Length += 4;
        }

        public void Integer(long? value)
        {
            if (value is { } v)
            {
                Fixed(TagInteger, v);
            }
            else
            {
                Tag(TagNull);
            }
        }

        public void Real(double? value)
        {
            if (value is { } v)
            {
                Fixed(TagReal, BitConverter.DoubleToInt64Bits(v));
            }
            else
            {
                Tag(TagNull);
            }
        }

        public void Text(string? value)
        {
            if (value is null)
            {
                Tag(TagNull);
                return;
            }

            Ensure(5 + Encoding.UTF8.GetMaxByteCount(value.Length));
            Buffer[Length++] = TagText;
            var written = Encoding.UTF8.GetBytes(value, Buffer.AsSpan(Length + 4));
            BinaryPrimitives.WriteInt32LittleEndian(Buffer.AsSpan(Length), written);
            Length += 4 + written;
        }

        private void Fixed(byte tag, long bits)
        {
            Ensure(9);
            Buffer[Length++] = tag;
            BinaryPrimitives.WriteInt64LittleEndian(Buffer.AsSpan(Length), bits);
            Length += 8;
        }

        private void Tag(byte tag)
        {
            Ensure(1);
            Buffer[Length++] = tag;
        }

        private void Ensure(int more)
        {
            if (Length + more > Buffer.Length)
            {
                var larger = new byte[Math.Max(Buffer.Length * 2, Length + more)];
                Buffer.AsSpan(0, Length).CopyTo(larger);
                Buffer = larger;
            }
        }
    }
}
