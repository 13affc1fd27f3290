using System.Text;
using Assay.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Assay.Web.Tests.Api;

/// <summary>BodyReader: the upload limit holds whether or not the body declares its length.</summary>
public sealed class BodyReaderTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadAsync_OverTheLimit_Null(bool declared)
    {
        // Given a 5,000-byte body, with or without its length declared
        var context = Request(5000, declared);

        // When it is read with a limit of 2,000 bytes
        var body = await BodyReader.ReadAsync(context.Request, 2000, CancellationToken.None);

        // Then it is refused
        Assert.Null(body);
    }

    [Fact]
    public async Task ReadAsync_AtTheLimitWithoutALength_WholeBody()
    {
        // Given a body of exactly 2,000 bytes with no declared length
        var context = Request(2000, declared: false);

        // When it is read with a limit of 2,000 bytes
        await using var body = await BodyReader.ReadAsync(context.Request, 2000, CancellationToken.None);

        // Then all of it is there, from the start
        Assert.NotNull(body);
        Assert.Equal(2000, body.Length);
        Assert.Equal(0, body.Position);
    }

    private static DefaultHttpContext Request(int bytes, bool declared)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.ASCII.GetBytes(new string('x', bytes)));
        context.Request.ContentLength = declared ? bytes : null;
        return context;
    }
}
