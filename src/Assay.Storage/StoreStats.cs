namespace Assay.Storage;

/// <summary>Counts of what a store holds.</summary>
public sealed record StoreStats(int Articles, int Claims, int Quantities, int Mentions, int SchemaVersion);
