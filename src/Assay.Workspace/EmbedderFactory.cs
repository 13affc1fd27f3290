using Assay.Analysis.Propositions;

namespace Assay.Workspace;

/// <summary>Creates the sentence embedder the story commands use, or null to group by lexical keys only.</summary>
public delegate ISentenceEmbedder? EmbedderFactory();
