namespace Assay.Storage;

/// <summary>A stored article's id, masthead and text.</summary>
public sealed record StoredText(long Id, string? Outlet, DateOnly? Published, string Text);
