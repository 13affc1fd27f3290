namespace Assay.Storage;

/// <summary>One versioned schema script, such as <c>001_initial.sql</c>.</summary>
/// <param name="Version">The number the file name starts with; scripts run in ascending order.</param>
/// <param name="Name">The file name.</param>
/// <param name="Sql">The statements, run in one transaction.</param>
internal sealed record MigrationScript(int Version, string Name, string Sql);
