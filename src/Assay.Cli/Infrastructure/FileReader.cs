using Assay.Extraction.Reading;

namespace Assay.Cli.Infrastructure;

/// <summary>Reads one file into articles; <see cref="ArticleReader.ReadFile"/> in the app, a stand-in in tests.</summary>
internal delegate IEnumerable<ReadResult> FileReader(string path);
