namespace Assay.Extraction.Reading;

/// <summary>Reads a stream one LF-terminated line of raw bytes at a time, so a huge JSON Lines file is never
/// held in memory whole; lines over a size limit are skipped and reported as too long.</summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes) : IDisposable
{
    private readonly byte[] _chunk = new byte[64 * 1024];
    private readonly MemoryStream _line = new();
    private int _chunkStart;
    private int _chunkEnd;
    private bool _eof;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line (without its LF); <paramref name="tooLong"/> is true when it was over the limit
    /// and skipped. False at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        _line.SetLength(0);
        tooLong = false;
        line = default;
        var any = false;
        while (true)
        {
            if (_chunkStart == _chunkEnd)
            {
                if (_eof)
                {
                    break;
                }

                _chunkEnd = stream.Read(_chunk, 0, _chunk.Length);
                _chunkStart = 0;
                if (_chunkEnd == 0)
                {
                    _eof = true;
                    break;
                }
            }

            any = true;
            var available = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            var newline = available.IndexOf((byte)'\n');
            var take = newline < 0 ? available : available[..newline];
            if (!tooLong && _line.Length + take.Length > maxLineBytes)
            {
                tooLong = true;
                _line.SetLength(0);
            }

            if (!tooLong)
            {
                _line.Write(take);
            }

            _chunkStart += newline < 0 ? available.Length : newline + 1;
            if (newline >= 0)
            {
                break;
            }
        }

        if (!any)
        {
            return false;
        }

        LineNumber++;
        line = _line.GetBuffer().AsMemory(0, (int)_line.Length);
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => _line.Dispose();
}
