using System.Reflection;
using Assay.Core.Articles;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Tests.Pipeline;

/// <summary>Core and Extraction know no database and no web (STYLE.md habit 7).</summary>
public sealed class LayeringTests
{
    private static readonly string[] Forbidden = ["Assay.Storage", "Assay.Cli", "Assay.Web", "Microsoft.Data.Sqlite", "Npgsql", "Microsoft.AspNetCore", "Spectre.Console"];

    [Theory]
    [InlineData(typeof(Article))]
    [InlineData(typeof(ExtractionPipeline))]
    public void Assembly_References_NoStorageOrWeb(Type typeInAssembly)
    {
        // Given the assembly of a lower layer
        var assembly = typeInAssembly.Assembly;

        // When its references are listed
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        // Then none belongs to storage, terminal or web
        Assert.DoesNotContain(references, r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void Core_References_OnlyTheFramework()
    {
        var references = typeof(Article).Assembly.GetReferencedAssemblies();
        Assert.All(references, r => Assert.True(r.Name!.StartsWith("System", StringComparison.Ordinal) || r.Name == "netstandard", r.Name));
    }

    [Fact]
    public void Pipeline_Default_IsBuiltOnceAndShared()
    {
        Assert.Same(ExtractionPipeline.Default, ExtractionPipeline.Default);
        Assert.Equal(["sentences", "actors", "quantities", "times", "attributions", "hedges", "events", "claims"], ExtractionPipeline.Default.Annotators.Select(a => a.Name));
    }
}
