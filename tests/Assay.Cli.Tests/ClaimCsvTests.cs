using Assay.Cli.Rendering;
using Assay.Cli.Tests.Support;
using Assay.Workspace;

namespace Assay.Cli.Tests;

public sealed class ClaimCsvTests
{
    [Fact]
    public void Write_Claims_StartsWithTheHeader()
    {
        // Given stored claims
        var claims = Samples.StoredClaims();

        // When they are written as CSV
        using var output = new StringWriter();
        ClaimCsv.Write(output, claims);

        // Then the first line is the fixed header
        var firstLine = output.ToString().Split("\r\n")[0];
        Assert.Equal(
            "published,outlet,article_id,claim_id,source,source_type,via,stance,certainty,event,agent,theme,location,quantity_low,quantity_high,qualifier,counted,scope,time,text",
            firstLine);
    }

    [Fact]
    public void Write_TextWithQuotesAndCommas_IsQuotedAndDoubled()
    {
        // Given a claim whose evidence holds commas, quotes and brackets
        var claims = Samples.StoredClaims();

        // When written
        using var output = new StringWriter();
        ClaimCsv.Write(output, claims);

        // Then the field is enclosed in quotes, inner quotes doubled, and the raw numbers unformatted
        var row = output.ToString().Split("\r\n")[2];
        Assert.StartsWith("2024-10-25,Daily Ledger,2,c4,Ukrainian officials,official,,asserted,0.9,deploy,", row, StringComparison.Ordinal);
        Assert.Contains(",3000,,more_than,troops,,,", row, StringComparison.Ordinal);
        Assert.EndsWith("\"Officials in Kyiv put the figure at more than 3,000 by late October, citing \"\"field reports\"\" [unverified].\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EvidenceWithNewline_StaysOneRecord()
    {
        // Given a claim whose evidence spans two lines
        var claim = Samples.StoredClaims()[0];
        claim = claim with { Claim = claim.Claim with { Text = "first line\nsecond line" } };

        // When written
        using var output = new StringWriter();
        ClaimCsv.Write(output, [claim]);

        // Then the newline is kept inside a quoted field: header plus one record
        var text = output.ToString();
        Assert.Contains("\"first line\nsecond line\"", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
