namespace Assay.Corpus;

/// <summary>An article's composed parts with the plan and URL they were written for, before a format is applied.</summary>
internal sealed record ArticleDraftText(ArticlePlan Plan, Composition Composition, string Url);
