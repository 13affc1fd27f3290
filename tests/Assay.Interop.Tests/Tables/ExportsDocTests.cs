using Assay.Interop.Tables;
using Assay.Testing;

namespace Assay.Interop.Tests.Tables;

public sealed class ExportsDocTests
{
    public static TheoryData<TableKind> Kinds => [TableKind.Claims, TableKind.Propositions, TableKind.Estimates];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ExportsDoc_TableSection_ListsExactlyTheColumnsWithTheirDescriptions(TableKind kind)
    {
        // Given docs/exports.md
        var lines = File.ReadAllLines(SharedData.RepoPath("docs", "exports.md"));

        // When the column table under the kind's heading is read
        var heading = Array.IndexOf(lines, $"### {kind} columns");
        Assert.True(heading >= 0, $"docs/exports.md has no '### {kind} columns' heading.");
        var documented = lines.Skip(heading + 1)
            .TakeWhile(l => !l.StartsWith('#'))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split(" | ", 2))
            .Select(cells => (Name: cells[0].Trim('|', ' ', '`'), Description: cells[1].TrimEnd(' ', '|')))
            .ToList();

        // Then it lists exactly the exporter's columns, in order, with the same one-line descriptions
        Assert.Equal(TableExporter.Columns(kind).Select(c => (c.Name, c.Description)), documented);
    }
}
