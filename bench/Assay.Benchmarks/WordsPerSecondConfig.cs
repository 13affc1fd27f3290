using BenchmarkDotNet.Configs;

namespace Assay.Benchmarks;

/// <summary>Adds the words-per-second column to the default configuration.</summary>
public sealed class WordsPerSecondConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public WordsPerSecondConfig() => AddColumn(new WordsPerSecondColumn());
}
