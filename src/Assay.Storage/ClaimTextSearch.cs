using System.Data.Common;

namespace Assay.Storage;

/// <summary>How one store searches claims by word: a join onto its index, the order that reads the newest matches
/// first, and the condition built from what a person typed.</summary>
/// <param name="Join">Joined after the claim query's FROM clause (may be empty).</param>
/// <param name="OrderBy">The ORDER BY list, newest stored first.</param>
/// <param name="Condition">Adds the parameters for the typed text to the command and returns the WHERE condition,
/// or null when the text holds no searchable word.</param>
internal sealed record ClaimTextSearch(string Join, string OrderBy, Func<DbCommand, string, string?> Condition);
