using Assay.Analysis.Propositions;

namespace Assay.Cli.Infrastructure;

/// <summary>Creates the sentence embedder the story commands use, or null to group by lexical keys only.</summary>
internal delegate ISentenceEmbedder? EmbedderFactory();
