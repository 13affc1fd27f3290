using System.IO.Compression;
using System.Text;
using Assay.Analysis.Ach;

namespace Assay.Analysis.Tests.Ach;

/// <summary>PARC ACH .achz: written and read back, hand-written PARC-style files, zips, and broken input.</summary>
public sealed class AchzFileTests
{
    // Written by hand in the shape PARC ACH saves: upper-case names, spaced doubled ratings, no RELEVANCE.
    private const string ParcStyle = """
        <?xml version="1.0" encoding="UTF-8"?>
        <ACHPROJECT>
          <PROJECTTITLE>Who sank the ferry?</PROJECTTITLE>
          <CLASSIFICATION>UNCLASSIFIED</CLASSIFICATION>
          <MATRIX>
            <HYPOTHESIS><NAME>A mine left from an old conflict</NAME></HYPOTHESIS>
            <HYPOTHESIS><NAME>A deliberate attack</NAME></HYPOTHESIS>
            <EVIDENCE>
              <NAME>Divers saw the hull bent inward</NAME>
              <NOTES>Coast guard briefing</NOTES>
              <LINK>https://example.org/briefing</LINK>
              <TYPE>HUMINT</TYPE>
              <DATE>1729209600000</DATE>
              <CODE>CG-7</CODE>
              <FLAG>true</FLAG>
              <CREDIBILITY>HIGH</CREDIBILITY>
              <VALUES>C C,I I</VALUES>
            </EVIDENCE>
            <EVIDENCE>
              <NAME>Nobody claimed responsibility</NAME>
              <TYPE>Assumption</TYPE>
              <CREDIBILITY>LOW</CREDIBILITY>
              <VALUES>N,NA</VALUES>
            </EVIDENCE>
          </MATRIX>
        </ACHPROJECT>
        """;

    [Fact]
    public void Read_ParcStyleXml_KeepsEveryField()
    {
        // Given a PARC-style file written by hand
        // When it is read
        var matrix = AchzFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(ParcStyle)), "ferry");

        // Then hypotheses and evidence are numbered in order, with their fields and ratings
        Assert.Equal("ferry", matrix.Name);
        Assert.Equal("Who sank the ferry?", matrix.Title);
        Assert.Equal("UNCLASSIFIED", matrix.Classification);
        Assert.Equal(["H1", "H2"], matrix.Hypotheses.Select(h => h.Id));
        Assert.Equal("A deliberate attack", matrix.Hypotheses[1].Text);
        var first = matrix.Evidence[0];
        Assert.Equal(("E1", "HUMINT", AchWeight.High, AchWeight.Medium), (first.Id, first.Type, first.Credibility, first.Relevance));
        Assert.Equal(new DateTimeOffset(2024, 10, 18, 0, 0, 0, TimeSpan.Zero), first.Date);
        Assert.Equal(("CG-7", "https://example.org/briefing", "Coast guard briefing"), (first.Code, first.Link, first.Notes));
        Assert.True(first.Flagged);
        Assert.Null(first.OriginId);
        Assert.Equal(AchRating.CC, matrix.Rating("E1", "H1"));
        Assert.Equal(AchRating.II, matrix.Rating("E1", "H2"));
        Assert.Equal(AchRating.N, matrix.Rating("E2", "H1"));
        Assert.Equal(AchRating.NA, matrix.Rating("E2", "H2"));
        Assert.Equal(AchWeight.Low, matrix.Evidence[1].Credibility);
        Assert.False(matrix.Evidence[1].Flagged);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameMatrix()
    {
        // Given a matrix using every field, Assay's own ids alongside PARC's code and link, an unrated and an NA cell
        var matrix = AchScorerTests.WorkedExample() with { Title = "Worked example", Notes = "Which hypothesis survives?", Classification = "OPEN" };
        matrix = matrix.WithEvidence(new AchEvidence("E6", "Agency briefing to lawmakers")
        {
            Credibility = AchWeight.Low,
            Relevance = AchWeight.High,
            Type = "SIGINT",
            Date = new DateTimeOffset(2024, 10, 18, 9, 30, 15, 250, TimeSpan.FromHours(9)),
            Code = "brief-12",
            Notes = "two lines\nof notes",
            Link = "https://example.org/x",
            Flagged = true,
            PropositionId = "p20.c5",
            OriginId = "source:south-korea-nis",
        });
        matrix = matrix.WithEvidence(new AchEvidence("E7", "Satellite pictures of a camp") { PropositionId = "p3.c1", OriginId = "outlet:yonhap" });
        matrix = matrix.WithRating("E6", "H2", AchRating.CC);

        // When written and read back
        using var stream = new MemoryStream();
        AchzFile.Write(matrix, stream);
        var read = AchzFile.Read(new MemoryStream(stream.ToArray()), matrix.Name);

        // Then nothing is lost, and the file is plain XML with PARC's spaced ratings
        Assert.Equal(matrix, read);
        Assert.Null(read.Rating("E6", "H1"));
        var xml = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("<VALUES>,C C,</VALUES>", xml, StringComparison.Ordinal);
        Assert.Contains("<CODE>brief-12 | origin:source:south-korea-nis</CODE>", xml, StringComparison.Ordinal);
        Assert.Contains("<LINK>assay:p3.c1</LINK>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipHoldingTheXml_ReadsIt()
    {
        // Given the PARC-style XML compressed into a zip
        using var zipped = new MemoryStream();
        using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("project.xml").Open(), new UTF8Encoding(false));
            entry.Write(ParcStyle);
        }

        // When it is read
        var matrix = AchzFile.Read(new MemoryStream(zipped.ToArray()), "ferry");

        // Then it is the same as the plain file
        Assert.Equal(AchzFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(ParcStyle)), "ferry"), matrix);
    }

    [Fact]
    public void Read_MalformedXml_ThrowsWithTheLine()
    {
        // Given XML whose third line closes the wrong element
        const string broken = "<ACH>\n<MATRIX>\n<HYPOTHESIS><NAME>x</HYPOTHESIS>\n</MATRIX>\n</ACH>";

        // When it is read
        var error = Assert.Throws<AchFormatException>(() => AchzFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(broken)), "x"));

        // Then the error says so and names line 3
        Assert.Equal(3, error.Line);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocumentTypeDeclaration_IsRefused()
    {
        // Given a file that declares an external entity
        const string hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE ACH [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<ACH><MATRIX/></ACH>";

        // When it is read
        // Then it is refused before anything is resolved
        Assert.Throws<AchFormatException>(() => AchzFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(hostile)), "x"));
    }

    [Theory]
    [InlineData("<ACH><PROJECTTITLE>t</PROJECTTITLE></ACH>", "MATRIX")]
    [InlineData("<ACH><MATRIX><HYPOTHESIS><NAME>a</NAME></HYPOTHESIS><EVIDENCE><NAME>e</NAME><VALUES>C,I</VALUES></EVIDENCE></MATRIX></ACH>", "2 VALUES for 1")]
    [InlineData("<ACH><MATRIX><HYPOTHESIS><NAME>a</NAME></HYPOTHESIS><EVIDENCE><NAME>e</NAME><VALUES>maybe</VALUES></EVIDENCE></MATRIX></ACH>", "'maybe' is not a rating")]
    [InlineData("<ACH><MATRIX><EVIDENCE><NAME>e</NAME><CREDIBILITY>sure</CREDIBILITY></EVIDENCE></MATRIX></ACH>", "CREDIBILITY 'sure'")]
    [InlineData("<ACH><MATRIX><EVIDENCE><NAME>e</NAME><DATE>yesterday</DATE></EVIDENCE></MATRIX></ACH>", "DATE 'yesterday'")]
    [InlineData("PK\u0003\u0004 not really a zip", "zip")]
    public void Read_BadContent_NamesTheProblem(string content, string expected)
    {
        // Given a file that parses but makes no sense, when it is read
        var error = Assert.Throws<AchFormatException>(() => AchzFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "x"));

        // Then the message names the problem
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C C", AchRating.CC)]
    [InlineData("cc", AchRating.CC)]
    [InlineData("I I", AchRating.II)]
    [InlineData("n/a", AchRating.NA)]
    [InlineData(" i ", AchRating.I)]
    public void TryParse_ParcAndAssayForms_Read(string text, AchRating expected)
    {
        // Given a rating as PARC or an analyst writes it, when parsed
        // Then it is read, and formats back in both forms
        Assert.True(AchRatings.TryParse(text, out var rating));
        Assert.Equal(expected, rating);
        Assert.Equal(rating, AchRatings.Parse(rating.FormatParc()));
        Assert.Equal(rating, AchRatings.Parse(rating.Format()));
    }

    [Fact]
    public void TryParse_Unknown_Fails()
    {
        // Given words that are no rating, when parsed, then refused
        Assert.False(AchRatings.TryParse("CCC", out _));
        Assert.False(AchRatings.TryParse("", out _));
        Assert.False(AchRatings.TryParse(null, out _));
    }
}
