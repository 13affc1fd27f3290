namespace Assay.Analysis.Story;

/// <summary>One stored article's text and masthead, for finding reports copied from one another.</summary>
public sealed record StoryArticle(long Id, string? Outlet, DateOnly? Published, string Text);
