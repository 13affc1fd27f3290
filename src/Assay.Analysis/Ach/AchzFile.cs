using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Assay.Analysis.Ach;

/// <summary>Reads and writes PARC ACH's <c>.achz</c> XML, the format Open Source ACH imports.</summary>
/// <remarks>Assay's own fields ride in PARC's free-text fields so PARC shows them and ignores them: the origin id in
/// CODE as "origin:ID" (after the analyst's code and " | " when there is one), the proposition id in LINK as
/// "assay:ID" (likewise after a link), the matrix notes in PROJECTNOTES. A cell not yet rated is an empty entry in
/// VALUES. Reading accepts any root element, plain XML or a zip holding one .xml entry; DTDs are refused and nothing is
/// ever fetched.</remarks>
public static class AchzFile
{
    /// <summary>Marks the origin id in CODE.</summary>
    public const string OriginPrefix = "origin:";

    /// <summary>Marks the proposition id in LINK.</summary>
    public const string PropositionPrefix = "assay:";

    private const string Separator = " | ";

    // Far above any real matrix; stops a zip bomb or a runaway file before it fills memory.
    private const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Reads a matrix from a file; its name is <paramref name="name"/>, else the file name without extension.</summary>
    public static AchMatrix Read(string path, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, name ?? Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Reads a matrix from plain XML or a zip holding one .xml entry.</summary>
    /// <exception cref="AchFormatException">The content is not a readable .achz; the message names the problem.</exception>
    public static AchMatrix Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var bytes = ReadCapped(stream, "the file");
        if (bytes.Length >= 2 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            bytes = Unzip(bytes);
        }

        return Parse(Load(bytes), name);
    }

    /// <summary>Writes a matrix as plain UTF-8 XML to a file.</summary>
    public static void Write(AchMatrix matrix, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Write(matrix, stream);
    }

    /// <summary>Writes a matrix as plain UTF-8 XML.</summary>
    public static void Write(AchMatrix matrix, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(stream);
        var root = new XElement("ACH",
            new XElement("PROJECTTITLE", matrix.Title ?? ""),
            new XElement("CLASSIFICATION", matrix.Classification ?? ""));
        if (matrix.Notes is not null)
        {
            root.Add(new XElement("PROJECTNOTES", matrix.Notes));
        }

        var table = new XElement("MATRIX");
        foreach (var h in matrix.Hypotheses)
        {
            table.Add(new XElement("HYPOTHESIS", new XElement("NAME", h.Text)));
        }

        foreach (var e in matrix.Evidence)
        {
            table.Add(new XElement("EVIDENCE",
                new XElement("NAME", e.Text),
                new XElement("NOTES", e.Notes ?? ""),
                new XElement("LINK", Join(e.Link, PropositionPrefix, e.PropositionId)),
                new XElement("TYPE", e.Type),
                new XElement("DATE", e.Date?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) ?? ""),
                new XElement("CODE", Join(e.Code, OriginPrefix, e.OriginId)),
                new XElement("FLAG", e.Flagged ? "true" : "false"),
                new XElement("CREDIBILITY", e.Credibility.FormatParc()),
                new XElement("RELEVANCE", e.Relevance.FormatParc()),
                new XElement("VALUES", string.Join(",", matrix.Hypotheses.Select(h => matrix.Rating(e.Id, h.Id)?.FormatParc() ?? "")))));
        }

        root.Add(table);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var writer = XmlWriter.Create(stream, settings);
        new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
    }

    private static byte[] ReadCapped(Stream stream, string what)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw new AchFormatException($"{what} is larger than {MaxBytes / (1024 * 1024)} MB");
            }
        }

        return buffer.ToArray();
    }

    private static byte[] Unzip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entry = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                ?? throw new AchFormatException("the zip archive holds no .xml entry");
            using var content = entry.Open();
            return ReadCapped(content, $"zip entry {entry.FullName}");
        }
        catch (InvalidDataException ex)
        {
            throw new AchFormatException($"not a readable zip archive: {ex.Message}", ex);
        }
    }

    private static XDocument Load(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new AchFormatException($"not valid XML: {ex.Message}", ex.LineNumber, ex);
        }
    }

    private static AchMatrix Parse(XDocument document, string name)
    {
        var root = document.Root ?? throw new AchFormatException("the XML has no root element");
        var table = Child(root, "MATRIX") ?? throw new AchFormatException("no MATRIX element", Line(root));
        var hypotheses = Children(table, "HYPOTHESIS")
            .Select((h, i) => new AchHypothesis("H" + (i + 1).ToString(CultureInfo.InvariantCulture), Text(h, "NAME") ?? ""))
            .ToList();
        var matrix = new AchMatrix
        {
            Name = name,
            Title = Text(root, "PROJECTTITLE"),
            Classification = Text(root, "CLASSIFICATION"),
            Notes = Text(root, "PROJECTNOTES"),
            Hypotheses = hypotheses,
        };

        var number = 0;
        foreach (var element in Children(table, "EVIDENCE"))
        {
            var id = "E" + (++number).ToString(CultureInfo.InvariantCulture);
            var (link, proposition) = Split(Text(element, "LINK"), PropositionPrefix);
            var (code, origin) = Split(Text(element, "CODE"), OriginPrefix);
            matrix = matrix.WithEvidence(new AchEvidence(id, Text(element, "NAME") ?? "")
            {
                Notes = Text(element, "NOTES"),
                Link = link,
                PropositionId = proposition,
                Type = Text(element, "TYPE") ?? "OSINT",
                Date = Date(element),
                Code = code,
                OriginId = origin,
                Flagged = Text(element, "FLAG")?.ToUpperInvariant() is "TRUE" or "1" or "YES" or "Y",
                Credibility = Weight(element, "CREDIBILITY"),
                Relevance = Weight(element, "RELEVANCE"),
            });

            var values = Child(element, "VALUES");
            var cells = values is null || values.Value.Trim().Length == 0 ? [] : values.Value.Split(',');
            if (cells.Length > hypotheses.Count)
            {
                throw new AchFormatException($"evidence {number} has {cells.Length} VALUES for {hypotheses.Count} hypotheses", Line(values!));
            }

            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Trim().Length == 0)
                {
                    continue;
                }

                if (!AchRatings.TryParse(cells[i], out var rating))
                {
                    throw new AchFormatException($"evidence {number}: '{cells[i].Trim()}' is not a rating (C C, C, N, NA, I, I I)", Line(values!));
                }

                matrix = matrix.WithRating(id, hypotheses[i].Id, rating);
            }
        }

        return matrix;
    }

    private static DateTimeOffset? Date(XElement evidence)
    {
        if (Text(evidence, "DATE") is not { } text)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            && ms >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : throw new AchFormatException($"DATE '{text}' is not a time in epoch milliseconds", Line(Child(evidence, "DATE")!));
    }

    private static AchWeight Weight(XElement evidence, string field)
    {
        if (Text(evidence, field) is not { } text)
        {
            return AchWeight.Medium;
        }

        return AchWeights.TryParse(text, out var weight)
            ? weight
            : throw new AchFormatException($"{field} '{text}' is not HIGH, MEDIUM or LOW", Line(Child(evidence, field)!));
    }

    private static string Join(string? plain, string prefix, string? assay) =>
        assay is null ? plain ?? ""
        : plain is null ? prefix + assay
        : plain + Separator + prefix + assay;

    private static (string? Plain, string? Assay) Split(string? text, string prefix)
    {
        if (text is null)
        {
            return (null, null);
        }

        if (text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return (null, text[prefix.Length..]);
        }

        var at = text.LastIndexOf(Separator + prefix, StringComparison.Ordinal);
        return at < 0 ? (text, null) : (text[..at], text[(at + Separator.Length + prefix.Length)..]);
    }

    // PARC writes upper-case names; other tools vary the case, so names are matched without it.
    private static XElement? Child(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    private static string? Text(XElement parent, string name) =>
        Child(parent, name)?.Value is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
}
