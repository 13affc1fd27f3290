namespace Assay.Corpus;

/// <summary>What writing a corpus folder produced.</summary>
/// <param name="Directory">The corpus folder.</param>
/// <param name="Articles">Articles written.</param>
/// <param name="Files">Files written (each JSON Lines feed counts once).</param>
/// <param name="Words">Whitespace-separated words of all article bodies.</param>
/// <param name="Bytes">Bytes written to disk.</param>
/// <param name="ArticlesByFormat">Articles per format, in <see cref="CorpusFormat"/> order.</param>
/// <param name="Duplicates">Articles that are exact duplicates of an earlier one.</param>
/// <param name="Reruns">Articles that re-run an earlier wire story with light edits.</param>
public sealed record CorpusManifest(
    string Directory,
    long Articles,
    long Files,
    long Words,
    long Bytes,
    IReadOnlyList<long> ArticlesByFormat,
    long Duplicates,
    long Reruns);
