using Assay.Storage.Sqlite;

namespace Assay.Storage.Tests;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("troops", "\"troops\"")]
    [InlineData("North  Korean", "\"North\" \"Korean\"")]
    [InlineData("\"spy agency\" Kursk", "\"spy agency\" \"Kursk\"")]
    [InlineData("troop*", "\"troop\"*")]
    [InlineData("NEAR(a b)", "\"NEAR(a\" \"b)\"")]
    [InlineData("AND OR NOT", "\"AND\" \"OR\" \"NOT\"")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    public void Build_UserQuery_QuotesEveryTerm(string input, string expected)
    {
        // Given what a person typed
        // When it is turned into an FTS5 query
        var query = FullTextQuery.Build(input);

        // Then every word or phrase is a quoted FTS5 string
        Assert.Equal(expected, query);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("* - ^")]
    public void Build_NoWord_ReturnsNull(string? input)
    {
        // Given input without a letter or digit
        // When it is turned into an FTS5 query
        var query = FullTextQuery.Build(input);

        // Then there is nothing to search for
        Assert.Null(query);
    }
}
