namespace Assay.Cli.Ingestion;

/// <summary>What ingesting one input file did.</summary>
/// <param name="Stored">Its articles new to the store.</param>
/// <param name="Unchanged">Its articles already stored, or repeated from earlier in the run.</param>
/// <param name="Skipped">Its records, or the file itself, not stored for a reason.</param>
internal readonly record struct InputCounts(int Stored, int Unchanged, int Skipped);
