namespace Assay.Extraction.Evaluation;

/// <summary>Every gold file under a folder, found recursively, with the files that could not be used.</summary>
/// <param name="Folder">The gold folder.</param>
/// <param name="Articles">The parsed gold files, ordered by path.</param>
/// <param name="Problems">Malformed gold files and a missing folder, each with one message naming the file.</param>
public sealed record GoldCorpus(string Folder, IReadOnlyList<GoldArticle> Articles, IReadOnlyList<EvaluationProblem> Problems)
{
    /// <summary>Loads every <c>*.gold.json</c> under <paramref name="folder"/>; never throws for bad files.</summary>
    public static GoldCorpus Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return new GoldCorpus(folder, [], [new EvaluationProblem(folder, $"{folder}: the gold folder does not exist")]);
        }

        var articles = new List<GoldArticle>();
        var problems = new List<EvaluationProblem>();
        var files = Directory.EnumerateFiles(folder, "*" + GoldFile.Suffix, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var name = relative[..^GoldFile.Suffix.Length];
            var slash = name.IndexOf('/', StringComparison.Ordinal);
            var story = slash < 0 ? "." : name[..slash];
            string json;
            try
            {
                json = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new EvaluationProblem(path, $"{path}: cannot be read ({ex.Message})"));
                continue;
            }

            var (gold, problem) = GoldFile.Parse(json, path, name, story);
            if (gold is not null)
            {
                articles.Add(gold);
            }
            else if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return new GoldCorpus(folder, articles, problems);
    }
}
