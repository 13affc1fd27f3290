namespace Assay.Storage.Sqlite;

/// <summary>One word or quoted phrase of a full-text query.</summary>
/// <param name="Text">The word or phrase, without quotes or trailing *.</param>
/// <param name="Prefix">True when it ended in *: its last word matches as a prefix.</param>
internal readonly record struct SearchTerm(string Text, bool Prefix);
